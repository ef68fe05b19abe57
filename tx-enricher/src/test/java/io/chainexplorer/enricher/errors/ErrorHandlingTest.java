package io.chainexplorer.enricher.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.schemas.deadletter.DeadLetterReason;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Counting the dead letters by reason. */
class ErrorHandlingTest {

  @Test
  void shouldCountDeadLettersByReason() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DeadLetterMetrics metrics = new DeadLetterMetrics(registry);

    metrics.record(DeadLetterReason.INVALID_BLOCK);
    metrics.record(DeadLetterReason.INVALID_BLOCK);

    assertThat(
            registry
                .get(DeadLetterMetrics.DEAD_LETTERS)
                .tag("reason", "invalid-block")
                .counter()
                .count())
        .isEqualTo(2);
    assertThat(
            registry
                .get(DeadLetterMetrics.DEAD_LETTERS)
                .tag("reason", "invalid-field")
                .counter()
                .count())
        .isZero();
  }
}
