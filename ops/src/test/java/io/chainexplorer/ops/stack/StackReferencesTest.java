package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the schema cannot see: every name a service refers to is declared, every file it reads
 * exists, every image is pinned and no host port is published twice.
 */
class StackReferencesTest {

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldDeclareEveryDependencyWhenServicesDependOnOthers(Path file) {
    StackFile stack = StackFile.load(file);
    for (String service : stack.serviceNames()) {
      JsonNode dependsOn = stack.service(service).path("depends_on");
      List<String> targets = new ArrayList<>();
      if (dependsOn.isArray()) {
        dependsOn.forEach(target -> targets.add(target.asText()));
      } else {
        dependsOn.fieldNames().forEachRemaining(targets::add);
      }
      assertThat(stack.serviceNames()).as("depends_on of %s", service).containsAll(targets);
    }
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldDeclareEveryNamedVolumeNetworkSecretAndConfigWhenServicesUseThem(Path file) {
    StackFile stack = StackFile.load(file);
    for (String service : stack.serviceNames()) {
      assertThat(stack.declared("volumes"))
          .as("named volumes of %s", service)
          .containsAll(namedVolumes(stack, service));
      assertThat(stack.declared("networks"))
          .as("networks of %s", service)
          .containsAll(networks(stack.service(service).path("networks")));
      assertThat(stack.declared("secrets"))
          .as("secrets of %s", service)
          .containsAll(stack.references(service, "secrets"));
      assertThat(stack.declared("configs"))
          .as("configs of %s", service)
          .containsAll(stack.references(service, "configs"));
    }
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldFindEveryFileWhenStackReadsOne(Path file) {
    StackFile stack = StackFile.load(file);
    List<Path> files = new ArrayList<>();
    stack.root().path("configs").forEach(e -> addPath(files, stack, e.path("file").asText("")));
    // A secret file is the operator's own and never committed: its example is.
    for (JsonNode secret : stack.root().path("secrets")) {
      if (secret.has("file")) {
        addPath(files, stack, secret.path("file").asText() + ".example");
      }
    }
    for (String service : stack.serviceNames()) {
      for (String volume : stack.references(service, "volumes")) {
        String source = volume.split(":")[0];
        if (isPath(source)) {
          addPath(files, stack, source);
        }
      }
      for (JsonNode envFile : envFiles(stack.service(service))) {
        String path = envFile.isObject() ? envFile.path("path").asText() : envFile.asText();
        // .env holds the operator's keys: never in the repository, documented in the README.
        if (!Path.of(path).getFileName().toString().equals(".env")) {
          addPath(files, stack, path);
        }
      }
    }
    assertThat(files).isNotEmpty().allSatisfy(path -> assertThat(path).exists());
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldBuildFromExistingDockerfileStageWhenServiceHasBuild(Path file) throws IOException {
    StackFile stack = StackFile.load(file);
    for (String service : stack.serviceNames()) {
      JsonNode build = stack.service(service).path("build");
      if (build.isMissingNode()) {
        continue;
      }
      Path context = stack.directory().resolve(build.path("context").asText(".")).normalize();
      Path dockerfile = context.resolve(build.path("dockerfile").asText("Dockerfile"));
      assertThat(context).as("build context of %s", service).isDirectory();
      assertThat(dockerfile).as("Dockerfile of %s", service).isRegularFile();
      String target = build.path("target").asText("");
      if (!target.isEmpty()) {
        assertThat(Files.readString(dockerfile))
            .as("stage %s of %s", target, dockerfile)
            .containsPattern("(?mi)^FROM\\s+\\S+\\s+AS\\s+" + target + "\\s*$");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldPinEveryImageWhenServicesRunThem(Path file) {
    StackFile stack = StackFile.load(file);
    for (String service : stack.serviceNames()) {
      String image = stack.service(service).path("image").asText("");
      String tag = image.substring(image.lastIndexOf('/') + 1);
      assertThat(tag)
          .as("image of %s", service)
          .contains(":")
          .doesNotEndWith(":latest")
          .doesNotEndWith(":");
    }
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldPublishEachHostPortOnceWhenServicesPublishPorts(Path file) {
    StackFile stack = StackFile.load(file);
    Set<String> published = new HashSet<>();
    for (String service : stack.serviceNames()) {
      for (JsonNode port : stack.service(service).path("ports")) {
        String host = port.isObject() ? port.path("published").asText() : hostPart(port.asText());
        assertThat(published.add(host)).as("host port %s of %s", host, service).isTrue();
      }
    }
  }

  private static List<String> namedVolumes(StackFile stack, String service) {
    List<String> named = new ArrayList<>();
    for (JsonNode volume : stack.service(service).path("volumes")) {
      if (volume.isObject()) {
        if ("volume".equals(volume.path("type").asText())) {
          named.add(volume.path("source").asText());
        }
      } else if (volume.asText().contains(":") && !isPath(volume.asText().split(":")[0])) {
        named.add(volume.asText().split(":")[0]);
      }
    }
    return named;
  }

  private static List<String> networks(JsonNode networks) {
    List<String> names = new ArrayList<>();
    if (networks.isArray()) {
      networks.forEach(network -> names.add(network.asText()));
    } else {
      networks.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  private static List<JsonNode> envFiles(JsonNode service) {
    JsonNode envFile = service.path("env_file");
    List<JsonNode> entries = new ArrayList<>();
    if (envFile.isArray()) {
      envFile.forEach(entries::add);
    } else if (!envFile.isMissingNode()) {
      entries.add(envFile);
    }
    return entries;
  }

  private static void addPath(List<Path> files, StackFile stack, String relative) {
    if (!relative.isEmpty()) {
      files.add(stack.directory().resolve(relative).normalize());
    }
  }

  private static boolean isPath(String source) {
    return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
  }

  private static String hostPart(String shortSyntax) {
    String[] parts = shortSyntax.split(":");
    return parts.length == 1 ? parts[0] : parts[parts.length - 2];
  }
}
