package io.chainexplorer.reliability.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.devstack.run.EmbeddedPipeline;
import io.chainexplorer.reliability.truth.Counts;
import io.chainexplorer.reliability.truth.Store;
import io.chainexplorer.reliability.truth.TruthReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reduced chaos run: the devnet pipeline backfills 300 blocks and follows the head while its
 * poller leader and standby, enricher, decoder, Connect worker and broker are killed with -9 and
 * the node reorgs; then every store holds the canonical chain exactly. The seed is logged; {@code
 * -Dchaos.seed=N} replays one.
 */
class ChaosIT {

  private static final Logger LOG = LoggerFactory.getLogger(ChaosIT.class);

  @TempDir Path dataDir;

  @Test
  void shouldLoseDuplicateOrphanAndAlterNothingUnderKillsAndReorgs() throws Exception {
    long seed = Long.getLong("chaos.seed", System.currentTimeMillis());
    ChaosRun.Result result = ChaosRun.run(ChaosPlan.reduced(seed), dataDir);
    LOG.info("{}", ChaosReport.markdown(result, "ChaosIT, -Dchaos.seed=" + seed));

    assertThat(result.events())
        .anyMatch(e -> e.startsWith("kill -9 " + EmbeddedPipeline.POLLER_LEADER))
        .anyMatch(e -> e.startsWith("kill -9 " + EmbeddedPipeline.POLLER_STANDBY))
        .anyMatch(e -> e.equals("restart " + EmbeddedPipeline.KAFKA));
    assertThat(result.events()).anyMatch(e -> e.startsWith("reorg"));
    assertThat(result.noTruth()).isEmpty();
    TruthReport report = result.report().orElseThrow();
    for (Store store : Store.values()) {
      assertThat(report.counts(store)).as(store.label()).isNotEmpty();
    }
    Counts total = report.total();
    assertThat(total.expected()).isPositive();
    assertThat(report.clean()).as(report.toMarkdown()).isTrue();
  }
}
