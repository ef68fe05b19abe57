package io.chainexplorer.devstack.export;

import io.chainexplorer.platform.kafka.ConsumerLagMonitor;
import io.chainexplorer.platform.kafka.LagSnapshot;
import io.chainexplorer.platform.kafka.PartitionLag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until the pipeline has caught up: its source has stopped producing and every watched group
 * has consumed its topics to the end, on two consecutive reads (a stage that has just written gives
 * the next one new input between two reads).
 */
public final class CatchUp {

  private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);
  private static final int CONSECUTIVE = 2;

  private final ConsumerLagMonitor lag;
  private final PendingRecords pending;
  private final Duration interval;

  public CatchUp(ConsumerLagMonitor lag, String bootstrapServers, Duration interval) {
    this.lag = lag;
    this.pending = new PendingRecords(bootstrapServers);
    this.interval = interval;
  }

  /**
   * Returns true once caught up, false when {@code timeout} passes first.
   *
   * @param sourceDone true once nothing new can enter the pipeline
   */
  public boolean await(BooleanSupplier sourceDone, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    int streak = 0;
    Map<String, Long> behind = Map.of();
    while (Instant.now().isBefore(deadline)) {
      if (sourceDone.getAsBoolean()) {
        LagSnapshot snapshot = lag.refresh();
        streak = caughtUp(snapshot) ? streak + 1 : 0;
        if (streak >= CONSECUTIVE) {
          return true;
        }
        if (!snapshot.byGroup().equals(behind)) {
          // checked often: logged when it changes
          behind = snapshot.byGroup();
          LOG.info("waiting for the pipeline to catch up: behind by {}", behind);
        }
      }
      Thread.sleep(interval.toMillis());
    }
    return false;
  }

  private boolean caughtUp(LagSnapshot snapshot) {
    List<PartitionLag> lagging = snapshot.partitions().stream().filter(p -> p.lag() > 0).toList();
    return !pending.any(lagging);
  }
}
