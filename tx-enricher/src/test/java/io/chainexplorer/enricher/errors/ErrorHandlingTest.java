package io.chainexplorer.enricher.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.schemas.deadletter.DeadLetterReason;
import io.chainexplorer.schemas.registry.SchemaRegistryUnavailableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** Telling transient errors from bad records, and counting the dead letters by reason. */
class ErrorHandlingTest {

  @Test
  void shouldTellTransientErrorsFromBadRecords() {
    assertThat(
            TransientKafkaErrors.isTransient(
                new SerializationException(
                    "x", new SchemaRegistryUnavailableException("down", null))))
        .isTrue();
    assertThat(TransientKafkaErrors.isTransient(new TimeoutException("broker"))).isTrue();
    assertThat(TransientKafkaErrors.isTransient(new SerializationException("bad magic byte")))
        .isFalse();
  }

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
