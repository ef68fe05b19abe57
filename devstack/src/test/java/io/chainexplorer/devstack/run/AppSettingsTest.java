package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.cli.config.ConfiguredApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

  @TempDir Path dir;

  @Test
  void shouldGiveEachAppItsOwnSettingsWhenValid() {
    AppSettings settings =
        AppSettings.of(
            Map.of(
                "block-poller.confirmations", "24",
                "contract-decoder.num.stream.threads", "2"));

    assertThat(settings.of(ConfiguredApp.BLOCK_POLLER))
        .containsExactly(Map.entry("confirmations", "24"));
    assertThat(settings.of(ConfiguredApp.CONTRACT_DECODER))
        .containsExactly(Map.entry("num.stream.threads", "2"));
    assertThat(settings.of(ConfiguredApp.TX_ENRICHER)).isEmpty();
    assertThat(settings.lines())
        .containsExactlyInAnyOrder(
            "block-poller.confirmations=24", "contract-decoder.num.stream.threads=2");
  }

  @Test
  void shouldRejectUnknownAppsKeysAndBadValuesNamingTheSetting() {
    assertThatThrownBy(() -> AppSettings.of(Map.of("poller.confirmations", "24")))
        .hasMessageContaining("poller.confirmations: no app named poller");
    assertThatThrownBy(() -> AppSettings.of(Map.of("tx-enricher.confirmations", "24")))
        .hasMessageContaining("tx-enricher has no setting confirmations");
    assertThatThrownBy(() -> AppSettings.of(Map.of("block-poller.confirmations", "many")))
        .hasMessageStartingWith("block-poller.confirmations: ");
    assertThatThrownBy(() -> AppSettings.of(Map.of("block-poller.confirmations", "-1")))
        .hasMessageStartingWith("block-poller.confirmations: ");
  }

  @Test
  void shouldKeepThePipelinesOwnKeys() {
    assertThatThrownBy(() -> AppSettings.of(Map.of("tx-enricher.kafka.bootstrap.servers", "x:1")))
        .hasMessageContaining("is set by run itself");
    assertThatThrownBy(() -> AppSettings.of(Map.of("block-poller.rpc.urls", "http://n:8545")))
        .hasMessageContaining("is set by run itself");
  }

  @Test
  void shouldLetSingleSettingsWinOverTheAppsFile() throws Exception {
    Path file = dir.resolve("poller.properties");
    Files.writeString(file, "confirmations=30\nblock.time.ms=2000\n");
    Map<String, String> single = new LinkedHashMap<>();
    single.put("block-poller.confirmations", "40");

    AppSettings settings = AppSettings.of(Map.of("block-poller", file), single);

    assertThat(settings.of(ConfiguredApp.BLOCK_POLLER))
        .containsEntry("confirmations", "40")
        .containsEntry("block.time.ms", "2000");
  }
}
