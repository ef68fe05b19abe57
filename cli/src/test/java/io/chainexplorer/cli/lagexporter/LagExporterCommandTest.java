package io.chainexplorer.cli.lagexporter;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import org.junit.jupiter.api.Test;

class LagExporterCommandTest {

  @Test
  void shouldExitTwoNamingTheKeyWhenASecuritySettingIsInvalid() {
    CliRun run =
        CliRun.of(
            "lag-exporter",
            "--metrics-port",
            "0",
            "--set",
            "security.protocol=TLS",
            "--set",
            "sasl.jaas.config=ScramLoginModule required password=\"JAASSECRET\";");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("security.protocol")
        .contains("command-line override")
        .doesNotContain("JAASSECRET");
  }

  @Test
  void shouldExitTwoWhenAKeyIsNotAKafkaClientSecuritySetting() {
    CliRun run = CliRun.of("lag-exporter", "--metrics-port", "0", "--set", "acks=all");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown configuration key 'acks'");
  }
}
