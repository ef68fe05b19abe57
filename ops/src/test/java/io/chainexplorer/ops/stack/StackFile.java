package io.chainexplorer.ops.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.chainexplorer.embedded.ProjectPaths;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * A Compose or Swarm stack file as Docker reads it: anchors and merge keys resolved, {@code
 * ${VAR:-default}} interpolated with its default (no variable is set), {@code $$} unescaped.
 */
final class StackFile {

  static final Path COMPOSE = Path.of("compose", "docker-compose.yml");
  static final Path SWARM = Path.of("swarm", "stack.yml");

  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final JsonNode root;

  private StackFile(Path path, JsonNode document) {
    this.path = path;
    this.root = interpolate(document);
  }

  /** Both stack files, the source of the tests that check each of them. */
  static Stream<Path> files() {
    return Stream.of(COMPOSE, SWARM);
  }

  /** The file at {@code relative} to the repository root. */
  static StackFile load(Path relative) {
    Path path = ProjectPaths.root().resolve(relative);
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      Object document = new Yaml().load(reader);
      return new StackFile(path, JSON.valueToTree(document));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** The folder relative paths in the file are resolved against. */
  Path directory() {
    return path.getParent();
  }

  JsonNode root() {
    return root;
  }

  Set<String> serviceNames() {
    return names(root.path("services"));
  }

  JsonNode service(String name) {
    return root.path("services").path(name);
  }

  /** The names declared under a top-level section: networks, volumes, secrets, configs. */
  Set<String> declared(String section) {
    return names(root.path(section));
  }

  /** The service's environment, from the mapping or the list form. */
  Map<String, String> environment(String service) {
    JsonNode environment = service(service).path("environment");
    Map<String, String> variables = new LinkedHashMap<>();
    if (environment.isArray()) {
      environment.forEach(
          entry -> {
            String text = entry.asText();
            int equals = text.indexOf('=');
            variables.put(
                equals < 0 ? text : text.substring(0, equals),
                equals < 0 ? "" : text.substring(equals + 1));
          });
    } else {
      environment
          .fields()
          .forEachRemaining(e -> variables.put(e.getKey(), e.getValue().asText("")));
    }
    return variables;
  }

  /** The command's first word, e.g. {@code poll}; empty when the image's default runs. */
  String command(String service) {
    List<String> arguments = arguments(service);
    return arguments.isEmpty() ? "" : arguments.get(0);
  }

  /** The command's words, from the list form or split on blanks. */
  List<String> arguments(String service) {
    JsonNode command = service(service).path("command");
    List<String> arguments = new ArrayList<>();
    if (command.isArray()) {
      command.forEach(argument -> arguments.add(argument.asText()));
    } else if (command.isTextual() && !command.asText().isBlank()) {
      arguments.addAll(List.of(command.asText().trim().split("\\s+")));
    }
    return arguments;
  }

  /** Source names of a service's list of short or long references (volumes, secrets...). */
  List<String> references(String service, String field) {
    List<String> sources = new ArrayList<>();
    for (JsonNode entry : service(service).path(field)) {
      sources.add(entry.isObject() ? entry.path("source").asText() : entry.asText());
    }
    return sources;
  }

  /** The host ports a service publishes. */
  List<PublishedPort> ports(String service) {
    List<PublishedPort> ports = new ArrayList<>();
    service(service).path("ports").forEach(entry -> ports.add(PublishedPort.of(entry)));
    return ports;
  }

  /** The secrets a service mounts, by the path it reads them at. */
  Map<String, String> secretPaths(String service) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (JsonNode entry : service(service).path("secrets")) {
      String source = entry.isObject() ? entry.path("source").asText() : entry.asText();
      String target = entry.isObject() ? entry.path("target").asText(source) : source;
      paths.put(target.startsWith("/") ? target : "/run/secrets/" + target, source);
    }
    return paths;
  }

  /** The services whose image name contains {@code image}, e.g. {@code grafana/grafana:}. */
  List<String> servicesRunning(String image) {
    return serviceNames().stream()
        .filter(s -> service(s).path("image").asText().contains(image))
        .toList();
  }

  private static Set<String> names(JsonNode section) {
    Set<String> names = new TreeSet<>();
    section.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode interpolate(JsonNode node) {
    if (node.isTextual()) {
      return TextNode.valueOf(interpolate(node.asText()));
    }
    if (node.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), interpolate(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      node.forEach(element -> copy.add(interpolate(element)));
      return copy;
    }
    return node;
  }

  static String interpolate(String text) {
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String replacement;
      if ("$$".equals(matcher.group())) {
        replacement = "$";
      } else {
        replacement = matcher.group(2) == null ? "" : matcher.group(2);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
