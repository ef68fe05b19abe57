package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No password is written in a stack file: services read them from mounted secrets, Grafana asks for
 * a login whose admin password is a secret, and the secrets themselves stay out of the repository
 * (git-ignored files with a committed example in Compose, external in Swarm).
 */
class StackSecretsTest {

  static final String GRAFANA_IMAGE = "grafana/grafana:";
  static final String SECRETS = "/run/secrets/";

  /** {@code ${file:PATH:KEY}}, Kafka's FileConfigProvider reference. */
  static final Pattern FILE_REFERENCE = Pattern.compile("\\$\\{file:(/[^:}]+):([^}]+)}");

  @Test
  void shouldRequireLoginWhenGrafanaRuns() {
    StackFile compose = StackFile.load(StackFile.COMPOSE);
    assertThat(compose.servicesRunning(GRAFANA_IMAGE)).isNotEmpty();
    for (String grafana : compose.servicesRunning(GRAFANA_IMAGE)) {
      Map<String, String> environment = compose.environment(grafana);

      assertThat(environment).containsEntry("GF_AUTH_ANONYMOUS_ENABLED", "false");
      assertThat(environment).doesNotContainKey("GF_SECURITY_ADMIN_PASSWORD");
      assertThat(compose.secretPaths(grafana))
          .containsKey(environment.get("GF_SECURITY_ADMIN_PASSWORD__FILE"));
    }
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldReadPasswordsFromSecretsWhenServicesNeedThem(Path file) {
    StackFile stack = StackFile.load(file);
    for (String service : stack.serviceNames()) {
      Map<String, String> secrets = stack.secretPaths(service);
      stack
          .environment(service)
          .forEach(
              (name, value) -> {
                if (name.toUpperCase(Locale.ROOT).contains("PASSWORD") && !value.isEmpty()) {
                  assertThat(secrets)
                      .as("%s of %s must name a mounted secret, not a password", name, service)
                      .containsKey(secretPath(name, value));
                }
              });
    }
  }

  @Test
  void shouldKeepSecretFilesOutOfRepositoryWhenComposeMountsThem() {
    StackFile compose = StackFile.load(StackFile.COMPOSE);
    assertThat(compose.declared("secrets")).isNotEmpty();
    for (String secret : compose.declared("secrets")) {
      String file = compose.root().path("secrets").path(secret).path("file").asText();
      Path path = compose.directory().resolve(file).normalize();

      assertThat(path.getParent()).as(secret).isEqualTo(compose.directory().resolve("secrets"));
      assertThat(Path.of(path + ".example")).as("example of %s", secret).isRegularFile();
    }
  }

  @Test
  void shouldUseExternalSecretsOnlyWhenOnSwarm() {
    StackFile swarm = StackFile.load(StackFile.SWARM);
    assertThat(swarm.declared("secrets"))
        .allSatisfy(
            secret ->
                assertThat(swarm.root().path("secrets").path(secret).path("external").asBoolean())
                    .as(secret)
                    .isTrue());
  }

  /** The file a variable points at: a {@code *_FILE} path or a FileConfigProvider reference. */
  private static String secretPath(String name, String value) {
    Matcher reference = FILE_REFERENCE.matcher(value);
    if (reference.matches()) {
      return reference.group(1);
    }
    return name.endsWith("_FILE") ? value : "a literal password";
  }
}
