package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.sink.converter.AvroConverter;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import io.chainexplorer.sink.scylla.ScyllaSinkConnector;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.provider.FileConfigProvider;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Connect's REST API returns connector configs as submitted, so a connector password is a {@code
 * ${file:...}} reference to a secret mounted into every worker, resolved by the worker's
 * FileConfigProvider; the Scylla sink logs in to a Scylla that requires it.
 */
class ConnectorSecretsTest {

  static final String CONNECT_IMAGE = "chain-explorer/connect:";
  private static final String SCYLLA_IMAGE = "scylladb/scylla:";
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldResolveFileReferencesWhenConnectWorkerRuns(Path file) {
    StackFile stack = StackFile.load(file);
    assertThat(stack.servicesRunning(CONNECT_IMAGE)).isNotEmpty();
    for (String worker : stack.servicesRunning(CONNECT_IMAGE)) {
      Map<String, String> environment = stack.environment(worker);

      assertThat(environment.getOrDefault("CONNECT_CONFIG_PROVIDERS", "").split(","))
          .as("config providers of %s", worker)
          .contains("file");
      assertThat(environment)
          .containsEntry("CONNECT_CONFIG_PROVIDERS_FILE_CLASS", FileConfigProvider.class.getName())
          .containsEntry("CONNECT_CONFIG_PROVIDERS_FILE_PARAM_ALLOWED_PATHS", "/run/secrets");
    }
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.ConnectorFilesTest#connectorFiles")
  void shouldReferenceMountedSecretWhenConnectorConfigHoldsPassword(Path file) throws Exception {
    Map<String, String> config = read(file);
    StackFile stack = stackOf(file);
    for (String key : secretKeys(config)) {
      String value = config.get(key);
      Matcher reference = StackSecretsTest.FILE_REFERENCE.matcher(value);

      assertThat(reference.matches())
          .as("%s of %s is not a ${file:...} reference", key, file)
          .isTrue();
      for (String worker : stack.servicesRunning(CONNECT_IMAGE)) {
        assertThat(stack.secretPaths(worker))
            .as("secrets of %s", worker)
            .containsKey(reference.group(1));
      }
      String secret =
          stack.secretPaths(stack.servicesRunning(CONNECT_IMAGE).get(0)).get(reference.group(1));
      assertThat(example(secret))
          .as("example of secret %s", secret)
          .containsKey(reference.group(2));
    }
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldLogInWhenScyllaSinkConnects(Path file) throws IOException {
    StackFile stack = StackFile.load(file);
    Path connectors = stack.directory().resolve("connectors");
    Map<String, String> config = read(connectors.resolve("scylla-sink.json"));

    assertThat(config.get(ScyllaSinkConfig.USERNAME)).isNotBlank();
    assertThat(secretKeys(config)).contains(ScyllaSinkConfig.PASSWORD);
    // The nodes: the one-shot client of the same image replaces its entrypoint.
    assertThat(stack.servicesRunning(SCYLLA_IMAGE))
        .filteredOn(service -> !stack.service(service).has("entrypoint"))
        .isNotEmpty()
        .allSatisfy(
            node ->
                assertThat(String.join(" ", stack.arguments(node)))
                    .as("command of %s", node)
                    .contains("--authenticator PasswordAuthenticator")
                    .contains("--authorizer CassandraAuthorizer")
                    // The REST API has no login: only the node itself may reach it.
                    .contains("--api-address 127.0.0.1"));
  }

  @Test
  void shouldFindPasswordKeysWhenConfigSetsThem() {
    Map<String, String> config =
        Map.of(
            "connector.class",
            ScyllaSinkConnector.class.getName(),
            ScyllaSinkConfig.PASSWORD,
            "secret",
            ScyllaSinkConfig.CONTACT_POINTS,
            "scylla:9042");

    assertThat(secretKeys(config)).containsExactly(ScyllaSinkConfig.PASSWORD);
  }

  /** The keys set in {@code config} whose type is PASSWORD for the connector or its converters. */
  static Set<String> secretKeys(Map<String, String> config) {
    Set<String> keys = new TreeSet<>();
    try {
      ConfigDef connector =
          Class.forName(config.get("connector.class"))
              .asSubclass(SinkConnector.class)
              .getDeclaredConstructor()
              .newInstance()
              .config();
      for (String key : config.keySet()) {
        if (isPassword(connector, key)
            || isPassword(new AvroConverter().config(), strip(key))
            || key.toLowerCase(Locale.ROOT).contains("password")
            || key.endsWith("jaas.config")) {
          keys.add(key);
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load " + config.get("connector.class"), e);
    }
    return keys;
  }

  private static boolean isPassword(ConfigDef definition, String key) {
    ConfigDef.ConfigKey configKey = definition.configKeys().get(key);
    return configKey != null && configKey.type == ConfigDef.Type.PASSWORD;
  }

  private static String strip(String key) {
    for (String prefix : List.of("value.converter.", "key.converter.")) {
      if (key.startsWith(prefix)) {
        return key.substring(prefix.length());
      }
    }
    return "";
  }

  /** The committed example of a secret: Compose mounts the file, Swarm the same content. */
  private static Properties example(String secret) throws IOException {
    StackFile compose = StackFile.load(StackFile.COMPOSE);
    String file = compose.root().path("secrets").path(secret).path("file").asText();
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(compose.directory().resolve(file + ".example"))) {
      properties.load(reader);
    }
    return properties;
  }

  private static StackFile stackOf(Path connectorFile) {
    String stack = connectorFile.getParent().getParent().getFileName().toString();
    return StackFile.load(stack.equals("swarm") ? StackFile.SWARM : StackFile.COMPOSE);
  }

  private static Map<String, String> read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() {});
  }
}
