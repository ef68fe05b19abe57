package io.chainexplorer.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

  @TempDir Path dir;

  @Test
  void shouldPrintEffectiveConfigurationWithPasswordsHidden() throws IOException {
    Path file = Files.writeString(dir.resolve("poller.properties"), "confirmations=20\n");

    CliRun run =
        CliRun.of(
            "config",
            "block-poller",
            "--config",
            file.toString(),
            "--set",
            "rpc.urls=https://eth.example/v2/SECRETKEY",
            "--set",
            "chain.name=eth-sepolia");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .contains(
            "# block-poller: effective configuration",
            "chain.name = eth-sepolia",
            "confirmations = 20",
            "rpc.urls = [hidden]");
    assertThat(run.out()).doesNotContain("SECRETKEY");
  }

  @Test
  void shouldAcceptKafkaSecuritySettingsAndHideTheirSecrets() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("decoder.properties"),
            "security.protocol=SASL_SSL\n"
                + "sasl.mechanism=SCRAM-SHA-512\n"
                + "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule"
                + " required username=\"contract-decoder\" password=\"JAASSECRET\";\n"
                + "ssl.truststore.location=/etc/kafka/truststore.p12\n"
                + "ssl.truststore.password=STORESECRET\n"
                + "schema.registry.ssl.truststore.password=REGISTRYSECRET\n");

    CliRun run = CliRun.of("config", "contract-decoder", "--config", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .contains(
            "security.protocol = SASL_SSL",
            "sasl.mechanism = SCRAM-SHA-512",
            "sasl.jaas.config = [hidden]",
            "ssl.truststore.location = /etc/kafka/truststore.p12",
            "ssl.truststore.password = [hidden]",
            "schema.registry.ssl.truststore.password = [hidden]");
    assertThat(run.out()).doesNotContain("SECRET");
  }

  @Test
  void shouldExitTwoNamingKeyAndFlagWhenAValueIsBad() {
    CliRun run = CliRun.of("config", "tx-enricher", "--set", "metrics.port=eighty");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Invalid configuration")
        .contains("metrics.port")
        .contains("command-line")
        .doesNotContain("\tat ");
  }

  @Test
  void shouldExitTwoNamingKeyAndFileWhenAFileValueIsBad() throws IOException {
    Path file = Files.writeString(dir.resolve("decoder.properties"), "num.stream.threads=0\n");

    CliRun run = CliRun.of("config", "contract-decoder", "-c", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("num.stream.threads").contains("file decoder.properties");
  }

  @Test
  void shouldExitTwoOnUnknownKeyInFile() throws IOException {
    Path file = Files.writeString(dir.resolve("typo.properties"), "confirmation=3\n");

    CliRun run = CliRun.of("config", "block-poller", "-c", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'confirmation'").contains("file typo.properties");
  }

  @Test
  void shouldExitTwoOnCrossFieldViolation() {
    CliRun run = CliRun.of("config", "block-poller", "-s", "confirmations=500");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("confirmations (500) must be below reorg.window.blocks");
  }

  @Test
  void shouldNeverEchoABadSecret() {
    CliRun run = CliRun.of("config", "block-poller", "-s", "rpc.urls=ftp://eth.example/SECRETKEY");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("rpc.urls").doesNotContain("SECRETKEY");
  }

  @Test
  void shouldExitTwoOnUnknownApp() {
    CliRun run = CliRun.of("config", "block-pollster");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'block-pollster' is not an app").contains("block-poller");
  }
}
