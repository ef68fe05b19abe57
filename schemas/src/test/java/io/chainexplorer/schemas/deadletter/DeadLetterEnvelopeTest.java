package io.chainexplorer.schemas.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.schemas.topics.App;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterEnvelopeTest {

  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  @Test
  void shouldCarryCoordinatesRawBytesReasonAndErrorClass() {
    byte[] value = {0, 0, 0, 0, 7, 42};
    SourceRecord source = new SourceRecord("eth.raw-blocks.v1", 2, 1234, new byte[] {9}, value);

    DeadLetter letter =
        DeadLetterEnvelope.of(
            App.TX_ENRICHER,
            source,
            DeadLetterReason.UNDESERIALIZABLE,
            "bad frame",
            "x.BadFrame",
            NOW);
    value[5] = 0;

    assertThat(DeadLetterEnvelope.key(source)).isEqualTo("eth.raw-blocks.v1:2:1234");
    assertThat(letter.getApp()).isEqualTo("tx-enricher");
    assertThat(letter.getSourceTopic()).isEqualTo("eth.raw-blocks.v1");
    assertThat(letter.getPartition()).isEqualTo(2);
    assertThat(letter.getOffset()).isEqualTo(1234);
    assertThat(letter.getKey()).isEqualTo(ByteBuffer.wrap(new byte[] {9}));
    assertThat(letter.getValue()).isEqualTo(ByteBuffer.wrap(new byte[] {0, 0, 0, 0, 7, 42}));
    assertThat(letter.getReason()).isEqualTo("undeserializable: bad frame");
    assertThat(letter.getErrorClass()).isEqualTo("x.BadFrame");
    assertThat(letter.getFailedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldKeepNullKeyAndValueAsNull() {
    SourceRecord source = new SourceRecord("t", 0, 0, null, null);

    DeadLetter letter =
        DeadLetterEnvelope.of(
            App.CONTRACT_DECODER,
            source,
            DeadLetterReason.UNDESERIALIZABLE,
            "no value",
            "x.Check",
            NOW);

    assertThat(letter.getApp()).isEqualTo("contract-decoder");
    assertThat(letter.getKey()).isNull();
    assertThat(letter.getValue()).isNull();
  }
}
