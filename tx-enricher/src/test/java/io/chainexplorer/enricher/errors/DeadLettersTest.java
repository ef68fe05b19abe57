package io.chainexplorer.enricher.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.schemas.registry.SchemaRegistryUnavailableException;
import io.chainexplorer.schemas.topics.App;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  @Test
  void shouldCarryCoordinatesRawBytesReasonAndErrorClass() {
    byte[] value = {0, 0, 0, 0, 7, 42};
    SourceRecord source = new SourceRecord("eth.raw-blocks.v1", 2, 1234, new byte[] {9}, value);

    DeadLetter letter =
        new DeadLetters(App.TX_ENRICHER)
            .envelope(
                source,
                Rejection.of(
                    DeadLetterReason.UNDESERIALIZABLE, new SerializationException("bad frame")),
                NOW);
    value[5] = 0;

    assertThat(DeadLetters.key(source)).isEqualTo("eth.raw-blocks.v1:2:1234");
    assertThat(letter.getApp()).isEqualTo("tx-enricher");
    assertThat(letter.getSourceTopic()).isEqualTo("eth.raw-blocks.v1");
    assertThat(letter.getPartition()).isEqualTo(2);
    assertThat(letter.getOffset()).isEqualTo(1234);
    assertThat(letter.getKey()).isEqualTo(ByteBuffer.wrap(new byte[] {9}));
    assertThat(letter.getValue()).isEqualTo(ByteBuffer.wrap(new byte[] {0, 0, 0, 0, 7, 42}));
    assertThat(letter.getReason()).isEqualTo("undeserializable: bad frame");
    assertThat(letter.getErrorClass()).isEqualTo(SerializationException.class.getName());
    assertThat(letter.getFailedAt()).isEqualTo(NOW);
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
