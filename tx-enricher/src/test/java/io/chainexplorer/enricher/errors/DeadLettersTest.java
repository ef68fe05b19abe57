package io.chainexplorer.enricher.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.schemas.deadletter.DeadLetterEnvelope;
import io.chainexplorer.schemas.registry.SchemaRegistryUnavailableException;
import io.chainexplorer.schemas.topics.App;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  /** The envelope's own fields (copied bytes, reason text) are DeadLetterEnvelopeTest's concern. */
  @Test
  void shouldHandTheSharedEnvelopeTheRecordTheReasonTagDetailAndErrorClass() {
    SourceRecord source =
        new SourceRecord("eth.raw-blocks.v1", 2, 1234, new byte[] {9}, new byte[] {0, 7, 42});

    DeadLetter letter =
        new DeadLetters(App.TX_ENRICHER)
            .envelope(
                source,
                Rejection.of(
                    DeadLetterReason.UNDESERIALIZABLE, new SerializationException("bad frame")),
                NOW);

    assertThat(DeadLetters.key(source)).isEqualTo("eth.raw-blocks.v1:2:1234");
    assertThat(letter)
        .isEqualTo(
            DeadLetterEnvelope.of(
                App.TX_ENRICHER,
                new io.chainexplorer.schemas.deadletter.SourceRecord(
                    "eth.raw-blocks.v1", 2, 1234, new byte[] {9}, new byte[] {0, 7, 42}),
                "undeserializable",
                "bad frame",
                SerializationException.class.getName(),
                NOW));
  }

  @Test
  void shouldKeepNullKeyAndValueAsNull() {
    SourceRecord source = new SourceRecord("t", 0, 0, null, null);

    DeadLetter letter =
        new DeadLetters(App.TX_ENRICHER)
            .envelope(
                source,
                Rejection.of(DeadLetterReason.UNDESERIALIZABLE, "no value", getClass()),
                NOW);

    assertThat(letter.getKey()).isNull();
    assertThat(letter.getValue()).isNull();
  }

  @Test
  void shouldTellTransientErrorsFromBadRecords() {
    assertThat(
            TransientErrors.isTransient(
                new SerializationException(
                    "x", new SchemaRegistryUnavailableException("down", null))))
        .isTrue();
    assertThat(TransientErrors.isTransient(new TimeoutException("broker"))).isTrue();
    assertThat(TransientErrors.isTransient(new SerializationException("bad magic byte"))).isFalse();
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
                .tag("reason", "unexpected-shape")
                .counter()
                .count())
        .isZero();
  }
}
