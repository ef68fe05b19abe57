package io.chainexplorer.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.batchserving.BatchServingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which hot store a batch run loads into, from a file, the environment and overrides. */
class HotStoreSettingsTest {

  @TempDir Path temp;

  @Test
  void shouldGiveNoHotStoreWhenNoContactPointsAreGiven() {
    assertThat(
            HotStoreSettings.load(
                null, Map.of("CHAIN_EXPLORER_SCYLLA_KEYSPACE", "other"), Map.of()))
        .isEmpty();
  }

  @Test
  void shouldTakeThePasswordFromTheFileAndOverridesOverTheEnvironment() throws IOException {
    Path file = temp.resolve("hot-store.properties");
    Files.writeString(
        file, "scylla.contact.points=node1:9042\nscylla.username=u\nscylla.password=pw\n");

    BatchServingConfig config =
        HotStoreSettings.load(
                file,
                Map.of("CHAIN_EXPLORER_SCYLLA_KEYSPACE", "from_env"),
                Map.of("scylla.contact.points", "node2:9042"))
            .orElseThrow()
            .forOutput(temp.resolve("batch"));

    assertThat(config.endpoint().contactPoints()).isEqualTo(List.of("node2:9042"));
    assertThat(config.keyspace()).isEqualTo("from_env");
    assertThat(config.endpoint().password()).isEqualTo("pw");
    assertThat(config.outputDir()).isEqualTo(temp.resolve("batch").toString());
  }

  @Test
  void shouldRefuseAPasswordAmongTheOverrides() {
    assertThatThrownBy(
            () ->
                HotStoreSettings.load(
                    null,
                    Map.of(),
                    Map.of("scylla.contact.points", "n:9042", "scylla.password", "s3cret")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("scylla.password")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void shouldKeepOnlyHotStoreKeysOfTheSettings() {
    assertThat(
            HotStoreSettings.keysIn(
                Map.of("batch.heap", "1g", "scylla.keyspace", "ks", "spark.master", "local[1]")))
        .isEqualTo(Map.of("scylla.keyspace", "ks"));
  }
}
