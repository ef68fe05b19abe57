package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineAppsTest {

  private static final String SECRET_URL = "https://node.example/v3/s3cr3t-key";

  @TempDir Path dir;

  @Test
  void shouldRunABackfillOfTheRangeWithTheNodeUrlOnlyInTheEnvironment() throws IOException {
    PipelineSettings settings =
        new PipelineSettings(
            Network.devnet,
            dir,
            List.of(SECRET_URL),
            Map.of(),
            OptionalLong.of(5),
            OptionalLong.of(9),
            0);

    List<AppProcess> apps =
        PipelineApps.create(
            settings, new PipelineApps.Endpoints("127.0.0.1:9092", "http://127.0.0.1:8081", ""));

    assertThat(apps)
        .extracting(AppProcess::name)
        .containsExactly(PipelineApps.POLLER, PipelineApps.ENRICHER, PipelineApps.DECODER);
    assertThat(apps).extracting(AppProcess::metricsPort).doesNotHaveDuplicates();
    String poller = Files.readString(dir.resolve("apps/block-poller.properties"));
    assertThat(poller).contains("chain.name=devnet").contains("chain.id=31337");
    assertThat(poller).doesNotContain("s3cr3t");
    String enricher = Files.readString(dir.resolve("apps/tx-enricher.properties"));
    assertThat(enricher).contains("application.id=devnet-tx-enricher");
  }

  @Test
  void shouldFollowAPublicChainFromItsHeadUnderItsOwnName() throws IOException {
    PipelineSettings settings =
        new PipelineSettings(
            RunChain.ofChainId(5),
            dir,
            List.of(SECRET_URL),
            Map.of(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            0);

    PipelineApps.create(
        settings, new PipelineApps.Endpoints("127.0.0.1:9092", "http://127.0.0.1:8081", ""));

    String poller = Files.readString(dir.resolve("apps/block-poller.properties"));
    assertThat(poller)
        .contains("chain.name=chain-5")
        .contains("chain.id=5")
        .contains("start.block=latest")
        .doesNotContain("s3cr3t");
    assertThat(Files.readString(dir.resolve("apps/tx-enricher.properties")))
        .contains("chain.name=chain-5")
        .contains("chain.id=5");
    assertThat(Files.readString(dir.resolve("apps/contract-decoder.properties")))
        .contains("chain.name=chain-5")
        .contains("chain.id=5");
  }

  @Test
  void shouldAddAStandbyPollerWithItsOwnPortAndTheOverridesWhenFollowingTheHead()
      throws IOException {
    PipelineSettings settings = PipelineSettings.devnet(dir);

    List<AppProcess> apps =
        PipelineApps.create(
            settings,
            new PipelineOptions(true, Map.of("confirmations", "65"), Map.of(), false),
            new PipelineApps.Endpoints("127.0.0.1:9092", "http://127.0.0.1:8081", "http://n"));

    assertThat(apps)
        .extracting(AppProcess::name)
        .containsExactly(
            PipelineApps.POLLER,
            PipelineApps.STANDBY_POLLER,
            PipelineApps.ENRICHER,
            PipelineApps.DECODER);
    assertThat(apps).extracting(AppProcess::metricsPort).doesNotHaveDuplicates();
    String standby = Files.readString(dir.resolve("apps/block-poller-2.properties"));
    assertThat(standby).contains("confirmations=65").contains("chain.name=devnet");
  }

  @Test
  void shouldWriteTheUsersSettingsIntoEachAppsConfiguration() throws IOException {
    AppSettings user =
        AppSettings.of(
            Map.of(
                "block-poller.confirmations", "40",
                "tx-enricher.commit.interval.ms", "250",
                "contract-decoder.num.stream.threads", "2"));

    PipelineApps.create(
        PipelineSettings.devnet(dir),
        PipelineOptions.defaults().withAppSettings(user),
        new PipelineApps.Endpoints("127.0.0.1:9092", "http://127.0.0.1:8081", "http://n"));

    assertThat(Files.readString(dir.resolve("apps/block-poller.properties")))
        .contains("confirmations=40");
    assertThat(Files.readString(dir.resolve("apps/tx-enricher.properties")))
        .contains("commit.interval.ms=250")
        .doesNotContain("confirmations");
    assertThat(Files.readString(dir.resolve("apps/contract-decoder.properties")))
        .contains("num.stream.threads=2");
  }
}
