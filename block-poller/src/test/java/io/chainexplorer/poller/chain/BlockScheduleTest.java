package io.chainexplorer.poller.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BlockScheduleTest {

  @Test
  void shouldNeverWaitLongerAfterATimestampThanTheLastBlockTookToBeServed() {
    BlockSchedule schedule = new BlockSchedule(Duration.ofSeconds(1));
    for (int i = 0; i < 8; i++) {
      schedule.missed();
    }
    assertThat(schedule.availabilityDelay()).isEqualTo(Duration.ofSeconds(1));

    // the timestamp skipped a second: this block was in hand 80 ms after its own timestamp
    schedule.served(1_000, Instant.ofEpochSecond(1_000).plusMillis(80));

    assertThat(schedule.availabilityDelay()).isEqualTo(Duration.ofMillis(80));
    assertThat(schedule.firstAsk(1_000)).isEqualTo(Instant.ofEpochSecond(1_001).plusMillis(80));
  }

  @Test
  void shouldKeepTheLearnedDelayWhenBlocksAreServedLaterThanIt() {
    BlockSchedule schedule = new BlockSchedule(Duration.ofSeconds(12));
    schedule.missed();

    schedule.served(1_000, Instant.ofEpochSecond(1_000).plusMillis(1_700));
    schedule.served(1_012, Instant.ofEpochSecond(1_012).plusSeconds(20));

    assertThat(schedule.availabilityDelay()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void shouldStepByAQuarterSecondAtMostWhenBlocksAreTwelveSecondsApart() {
    BlockSchedule schedule = new BlockSchedule(Duration.ofSeconds(12));

    schedule.missed();
    schedule.missed();
    schedule.hit();

    // an eighth of the block time (1.5 s) per miss made every miss, and the mean, cost up to 1.5 s
    assertThat(schedule.availabilityDelay())
        .isEqualTo(Duration.ofMillis(500).minus(Duration.ofMillis(250).dividedBy(16)));
    assertThat(schedule.retryDelay(1)).isEqualTo(Duration.ofMillis(250));
    assertThat(schedule.retryDelay(3)).isEqualTo(Duration.ofSeconds(1));
    assertThat(schedule.retryDelay(7)).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void shouldKeepAnEighthOfTheBlockTimeAsTheStepOfFastChains() {
    BlockSchedule schedule = new BlockSchedule(Duration.ofSeconds(1));

    schedule.missed();

    assertThat(schedule.availabilityDelay()).isEqualTo(Duration.ofMillis(125));
    assertThat(schedule.retryDelay(1)).isEqualTo(Duration.ofMillis(125));
    assertThat(schedule.retryDelay(5)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void shouldNotGoBelowZeroWhenTheNodeClockIsAhead() {
    BlockSchedule schedule = new BlockSchedule(Duration.ofSeconds(1));
    schedule.missed();

    schedule.served(1_000, Instant.ofEpochSecond(999));

    assertThat(schedule.availabilityDelay()).isZero();
  }
}
