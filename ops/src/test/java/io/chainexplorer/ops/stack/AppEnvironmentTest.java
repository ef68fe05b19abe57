package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.embedded.ProjectPaths;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.config.PollerKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every variable the stacks give our app services sets a real key of that command's ConfigDef, and
 * the values pass the same checks as at start.
 */
class AppEnvironmentTest {

  static final String APP_IMAGE = "chain-explorer/app:";

  /** The services running our application image. */
  static List<String> appServices(StackFile stack) {
    return stack.serviceNames().stream()
        .filter(s -> stack.service(s).path("image").asText().contains(APP_IMAGE))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldRunEveryAppCommandWhenStackDeploysPipeline(Path file) {
    StackFile stack = StackFile.load(file);

    assertThat(appServices(stack))
        .extracting(stack::command)
        .containsExactlyInAnyOrder("poll", "enrich", "decode", "lag-exporter");
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldMapEveryVariableToConfigKeyWhenAppServiceStarts(Path file) {
    StackFile stack = StackFile.load(file);
    for (String service : appServices(stack)) {
      AppConfigs app = AppConfigs.forCommand(stack.command(service)).orElseThrow();
      Map<String, String> environment = stack.environment(service);

      assertThat(environment.keySet())
          .as("variables of %s", service)
          .allSatisfy(
              variable ->
                  assertThat(app.reads(variable) || AppConfigs.JAVA_OPTS.equals(variable))
                      .as("%s of %s sets no key of %s", variable, service, app)
                      .isTrue());
      assertThatCode(() -> app.load(environment))
          .as("values of %s", service)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void shouldFindProviderKeysWhenEnvFileHoldsDocumentedVariables() throws IOException {
    StackFile compose = StackFile.load(StackFile.COMPOSE);
    Map<String, String> environment = new HashMap<>(documentedEnvFile());
    environment.putAll(compose.environment("block-poller"));

    PollerConfig config = new PollerConfig(AppConfigs.POLL.load(environment));

    assertThat(PollerKeys.of(config, environment))
        .hasSize(2)
        .allSatisfy((provider, keys) -> assertThat(keys).isNotEmpty());
  }

  @Test
  void shouldRejectUnknownVariableWhenCheckingEnvironment() {
    assertThat(AppConfigs.ENRICH.reads("CHAIN_EXPLORER_KAFKA_BOOTSTRAP_SERVERS")).isTrue();
    assertThat(AppConfigs.ENRICH.reads("CHAIN_EXPLORER_KAFKA_BOOTSTRAP_SERVER")).isFalse();
    assertThat(AppConfigs.POLL.reads("CHAIN_EXPLORER_PROVIDER_INFURA_PROFILE")).isTrue();
    assertThat(AppConfigs.ENRICH.reads("CHAIN_EXPLORER_PROVIDER_INFURA_PROFILE")).isFalse();
  }

  /** The {@code .env} lines compose/README.md shows under "Keys", single quotes removed. */
  private static Map<String, String> documentedEnvFile() throws IOException {
    String readme = Files.readString(ProjectPaths.root().resolve("compose/README.md"));
    String section = readme.substring(readme.indexOf("## Keys"));
    int start = section.indexOf("```bash") + "```bash".length();
    String block = section.substring(start, section.indexOf("```", start));
    Map<String, String> variables = new HashMap<>();
    for (String line : block.strip().split("\n")) {
      int equals = line.indexOf('=');
      variables.put(line.substring(0, equals), line.substring(equals + 1).replace("'", ""));
    }
    return variables;
  }

  @Test
  void shouldRejectInvalidValueWhenLoadingEnvironment() {
    Map<String, String> environment =
        Map.of(
            "CHAIN_EXPLORER_PROVIDER_INFURA_URL_TEMPLATE",
            "https://x/${key}",
            "CHAIN_EXPLORER_PROVIDER_INFURA_PROFILE",
            "cheapest");

    assertThatThrownBy(() -> AppConfigs.POLL.load(environment))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("profile");
  }
}
