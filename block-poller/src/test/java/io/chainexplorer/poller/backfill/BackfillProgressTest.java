package io.chainexplorer.poller.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.KeyStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackfillProgressTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final ApiKey KEY = ApiKey.of("infura", "main", "SECRET-KEY-VALUE");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final PrintStream terminal = new PrintStream(out, true, StandardCharsets.UTF_8);
  private final SteppedClock clock = new SteppedClock();

  /** A clock the test moves forward by hand. */
  private static final class SteppedClock extends Clock {
    private Instant now = START;

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void shouldShowRateEtaAndBudgetPerKeyAliasWhenOnATerminal() {
    BackfillProgress progress =
        new BackfillProgress(new BackfillRange(100, 1_099), clock, this::keys, terminal);
    progress.started(100);

    clock.set(START.plus(Duration.ofSeconds(10)));
    progress.committed(299, 200);

    String shown = out.toString(StandardCharsets.UTF_8);
    assertThat(shown)
        .contains("200/1000 blocks")
        .contains("20.0 blocks/s")
        .contains("ETA 0:00:40")
        .contains("infura/main 25.0%")
        .contains("[######")
        .doesNotContain("SECRET");
  }

  @Test
  void shouldCountTheRateFromTheResumedBlockOnly() {
    BackfillRange range = new BackfillRange(0, 999);
    BackfillProgress progress = new BackfillProgress(range, clock, this::keys, terminal);
    progress.started(500);

    clock.set(START.plus(Duration.ofSeconds(5)));

    assertThat(progressLineAfter(progress, 549))
        .contains("550/1000 blocks")
        .contains("10.0 blocks/s");
  }

  @Test
  void shouldRedrawAtMostFourTimesASecond() {
    BackfillProgress progress =
        new BackfillProgress(new BackfillRange(0, 999), clock, this::keys, terminal);
    progress.started(0);
    clock.set(START.plusMillis(300));
    progress.committed(9, 10);
    clock.set(START.plusMillis(400));
    progress.committed(19, 10);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("10/1000").doesNotContain("20/1000");
  }

  private String progressLineAfter(BackfillProgress progress, long tip) {
    progress.committed(tip, 1);
    return out.toString(StandardCharsets.UTF_8);
  }

  private List<KeyStatus> keys() {
    return List.of(
        new KeyStatus(KEY, KeyStatus.State.ACTIVE, LocalDate.of(2026, 1, 1), 250, 1_000, 750, 250));
  }
}
