package io.chainexplorer.poller.backfill;

import io.chainexplorer.poller.keys.KeyStatus;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a backfill's progress: blocks done, blocks/s, ETA and the daily budget used per key (by
 * alias only). On a terminal it redraws one progress bar line at most every {@link
 * #REDRAW_INTERVAL}; elsewhere it logs a plain line every {@link #LOG_INTERVAL}.
 */
public final class BackfillProgress implements BackfillListener {

  private static final Logger LOG = LoggerFactory.getLogger(BackfillProgress.class);
  static final Duration REDRAW_INTERVAL = Duration.ofMillis(250);
  static final Duration LOG_INTERVAL = Duration.ofSeconds(10);
  private static final int BAR_WIDTH = 30;

  private final BackfillRange range;
  private final Clock clock;
  private final Supplier<List<KeyStatus>> keys;
  private final PrintStream terminal;
  private Instant started;
  private long startBlock;
  private Instant lastShown;
  private long done;

  /**
   * @param keys the pool's key states, for the budget used per key
   * @param terminal where to draw the bar, or null to log plain lines
   */
  public BackfillProgress(
      BackfillRange range, Clock clock, Supplier<List<KeyStatus>> keys, PrintStream terminal) {
    this.range = range;
    this.clock = clock;
    this.keys = keys;
    this.terminal = terminal;
    started(range.from());
  }

  /** Rates count from here: blocks before {@code first} came from a previous run. */
  @Override
  public void started(long first) {
    this.startBlock = first;
    this.started = clock.instant();
    this.lastShown = started;
    this.done = first - range.from();
  }

  @Override
  public void committed(long tip, int blocks) {
    done = tip - range.from() + 1;
    Instant now = clock.instant();
    boolean last = tip >= range.to();
    Duration interval = terminal == null ? LOG_INTERVAL : REDRAW_INTERVAL;
    if (!last && Duration.between(lastShown, now).compareTo(interval) < 0) {
      return;
    }
    lastShown = now;
    String line = line(now);
    if (terminal == null) {
      LOG.info("backfill {}", line);
    } else {
      terminal.print("\r" + bar() + " " + line);
      if (last) {
        terminal.println();
      }
      terminal.flush();
    }
  }

  /** {@code done/total blocks, rate blocks/s, ETA, budget used per key}. */
  String line(Instant now) {
    double seconds = Math.max(1e-3, Duration.between(started, now).toNanos() / 1e9);
    double rate = (done - (startBlock - range.from())) / seconds;
    long left = range.size() - done;
    String eta = rate > 0 ? format(Duration.ofSeconds((long) Math.ceil(left / rate))) : "?";
    return String.format(
        "%d/%d blocks, %.1f blocks/s, ETA %s, budget used %s",
        done, range.size(), rate, eta, budgets());
  }

  private String bar() {
    int filled = (int) (BAR_WIDTH * done / range.size());
    return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "]";
  }

  private String budgets() {
    return keys.get().stream()
        .map(
            status ->
                String.format(
                    "%s %.1f%%",
                    status.key(), 100.0 * status.usedUnits() / Math.max(1, status.dailyBudget())))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String format(Duration duration) {
    return String.format(
        "%d:%02d:%02d", duration.toHours(), duration.toMinutesPart(), duration.toSecondsPart());
  }
}
