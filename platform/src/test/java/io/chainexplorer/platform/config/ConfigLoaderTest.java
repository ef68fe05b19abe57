package io.chainexplorer.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  @Test
  void shouldMapKeysToPrefixedUpperCaseEnvironmentVariables() {
    assertThat(ConfigLoader.envVar("kafka.bootstrap.servers"))
        .isEqualTo("CHAIN_EXPLORER_KAFKA_BOOTSTRAP_SERVERS");
    assertThat(ConfigLoader.envVar("schema.registry.basic-auth"))
        .isEqualTo("CHAIN_EXPLORER_SCHEMA_REGISTRY_BASIC_AUTH");
  }

  @Test
  void shouldUseDefaultsWhenNoSourceSetsAKey() {
    SampleConfig config =
        ConfigLoader.of(SampleConfig.DEFINITION).withEnvironment(Map.of()).load(SampleConfig::new);

    assertThat(config.chainName()).isEqualTo("eth-mainnet");
    assertThat(config.kafkaBootstrapServers()).containsExactly("localhost:9092");
    assertThat(config.getInt(SampleConfig.BATCH_SIZE)).isEqualTo(10);
  }

  @Test
  void shouldLetEnvironmentBeatFileAndFlagBeatEnvironment() throws IOException {
    Path file =
        write(
            "app.properties",
            "chain.name=from-file\nsample.batch.size=20\nmetrics.port=9500\nmetrics.host=10.0.0.1\n");
    Map<String, String> env =
        Map.of("CHAIN_EXPLORER_SAMPLE_BATCH_SIZE", "30", "CHAIN_EXPLORER_METRICS_PORT", "9600");

    SampleConfig config =
        ConfigLoader.of(SampleConfig.DEFINITION)
            .withFile(file)
            .withEnvironment(env)
            .withOverrides(Map.of("metrics.port", "9700"))
            .load(SampleConfig::new);

    assertThat(config.chainName()).isEqualTo("from-file");
    assertThat(config.metricsHost()).isEqualTo("10.0.0.1");
    assertThat(config.getInt(SampleConfig.BATCH_SIZE)).isEqualTo(30);
    assertThat(config.metricsPort()).isEqualTo(9700);
  }

  @Test
  void shouldIgnoreEnvironmentVariablesOfUndeclaredKeys() {
    Map<String, String> env =
        Map.of("CHAIN_EXPLORER_HOME", "/somewhere", "CHAIN_EXPLORER_NOT_A_KEY", "x");

    Map<String, String> resolved =
        ConfigLoader.of(SampleConfig.DEFINITION).withEnvironment(env).resolve();

    assertThat(resolved).isEmpty();
  }

  @Test
  void shouldRejectUnknownKeyInFileNamingKeyAndFile() throws IOException {
    Path file = write("app.properties", "chain.name=eth-mainnet\nkafka.bootstrap.server=x:1\n");

    assertThatThrownBy(
            () ->
                ConfigLoader.of(SampleConfig.DEFINITION)
                    .withFile(file)
                    .withEnvironment(Map.of())
                    .resolve())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'kafka.bootstrap.server'")
        .hasMessageContaining("file app.properties");
  }

  @Test
  void shouldRejectUnknownOverrideNamingTheCommandLine() {
    assertThatThrownBy(
            () ->
                ConfigLoader.of(SampleConfig.DEFINITION)
                    .withEnvironment(Map.of())
                    .withOverrides(Map.of("no.such.key", "1"))
                    .resolve())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'no.such.key'")
        .hasMessageContaining("command-line");
  }

  @Test
  void shouldRejectInvalidValueNamingKeyAndEnvironmentVariable() {
    Map<String, String> env = Map.of("CHAIN_EXPLORER_METRICS_PORT", "eighty");

    assertThatThrownBy(
            () -> ConfigLoader.of(SampleConfig.DEFINITION).withEnvironment(env).resolve())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("metrics.port")
        .hasMessageContaining("environment variable CHAIN_EXPLORER_METRICS_PORT");
  }

  @Test
  void shouldRejectOutOfRangeValueFromFileNamingTheFile() throws IOException {
    Path file = write("ranges.properties", "sample.batch.size=1000\n");

    assertThatThrownBy(
            () ->
                ConfigLoader.of(SampleConfig.DEFINITION)
                    .withFile(file)
                    .withEnvironment(Map.of())
                    .resolve())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sample.batch.size")
        .hasMessageContaining("file ranges.properties");
  }

  @Test
  void shouldNeverEchoAnInvalidPasswordValue() {
    String secret = "https://eth.example.com/v2/SECRET-KEY-123,not-a-url-SECRET-KEY-456";

    assertThatThrownBy(
            () ->
                ConfigLoader.of(SampleConfig.DEFINITION)
                    .withEnvironment(Map.of())
                    .withOverrides(Map.of(SampleConfig.RPC_URLS, secret))
                    .resolve())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(SampleConfig.RPC_URLS)
        .hasMessageContaining("entry 2")
        .hasMessageNotContaining("SECRET-KEY");
  }

  @Test
  void shouldFailClearlyWhenTheFileIsMissing() {
    Path missing = dir.resolve("absent.properties");

    assertThatThrownBy(
            () ->
                ConfigLoader.of(SampleConfig.DEFINITION)
                    .withFile(missing)
                    .withEnvironment(Map.of())
                    .resolve())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("absent.properties")
        .hasMessageContaining("does not exist");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void shouldAdmitKeysUnderAnOpenPrefixFromFileEnvironmentAndFlags(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("app.properties");
    Files.writeString(file, "provider.infura.profile=infura\nprovider.infura.daily.budget=5\n");
    Map<String, String> values =
        ConfigLoader.of(openDefinition())
            .withOpenPrefix("provider.")
            .withFile(file)
            .withEnvironment(Map.of("CHAIN_EXPLORER_PROVIDER_INFURA_DAILY_BUDGET", "7"))
            .withOverrides(Map.of("provider.alchemy.profile", "alchemy"))
            .resolve();

    assertThat(values)
        .containsEntry("provider.infura.profile", "infura")
        .containsEntry("provider.infura.daily.budget", "7")
        .containsEntry("provider.alchemy.profile", "alchemy");
  }

  @Test
  void shouldStillRejectUnknownKeysOutsideTheOpenPrefixes() {
    ConfigLoader loader =
        ConfigLoader.of(openDefinition())
            .withOpenPrefix("provider.")
            .withEnvironment(Map.of())
            .withOverrides(Map.of("providers.typo", "x"));

    assertThatThrownBy(loader::resolve)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("providers.typo");
  }

  private static ConfigDef openDefinition() {
    return new ConfigDef()
        .define("chain.name", ConfigDef.Type.STRING, "eth", ConfigDef.Importance.HIGH, "chain");
  }
}
