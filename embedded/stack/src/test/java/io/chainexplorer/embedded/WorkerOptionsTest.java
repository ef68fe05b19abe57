package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

class WorkerOptionsTest {

  private static final String JAAS =
      "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"connect\""
          + " password=\"s3cret\";";

  @Test
  void shouldGiveSecuritySettingsToTheWorkerAndEveryTaskClientWhenConfigured() {
    Map<String, String> config =
        new EmbeddedConnect.Options()
            .kafkaSecurity(
                Map.of(
                    "security.protocol", "SASL_SSL",
                    "sasl.mechanism", "SCRAM-SHA-512",
                    "sasl.jaas.config", new Password(JAAS),
                    "ssl.truststore.password", "changeit"))
            .workerConfig("127.0.0.1:9092", 8083);

    for (String prefix : new String[] {"", "consumer.", "producer.", "admin."}) {
      assertThat(config)
          .as("prefix '%s'", prefix)
          .containsEntry(prefix + "security.protocol", "SASL_SSL")
          .containsEntry(prefix + "sasl.mechanism", "SCRAM-SHA-512")
          .containsEntry(prefix + "sasl.jaas.config", JAAS)
          .containsEntry(prefix + "ssl.truststore.password", "changeit");
    }
  }

  @Test
  void shouldLeaveTheWorkerPlaintextWhenNoSecurityIsGiven() {
    Map<String, String> config = new EmbeddedConnect.Options().workerConfig("127.0.0.1:9092", 8083);

    assertThat(config.keySet())
        .noneMatch(key -> key.contains("security.protocol") || key.contains("sasl."));
  }

  @Test
  void shouldRefuseAKeyThatIsNotAClientSecuritySetting() {
    EmbeddedConnect.Options options = new EmbeddedConnect.Options();

    assertThatThrownBy(() -> options.kafkaSecurity(Map.of("bootstrap.servers", "elsewhere:9092")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bootstrap.servers");
  }

  @Test
  void shouldNameTheKeyButNotQuoteTheValueWhenAPasswordHasTheWrongType() {
    EmbeddedConnect.Options options = new EmbeddedConnect.Options();

    assertThatThrownBy(() -> options.kafkaSecurity(Map.of("ssl.key.password", 918273645L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ssl.key.password")
        .hasMessageNotContaining("918273645");
  }
}
