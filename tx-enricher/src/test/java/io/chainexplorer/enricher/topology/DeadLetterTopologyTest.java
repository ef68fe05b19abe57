package io.chainexplorer.enricher.topology;

import static io.chainexplorer.enricher.topology.RawBlockBuilder.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.enricher.errors.DeadLetterMetrics;
import io.chainexplorer.schemas.topics.App;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadLetterTopologyTest {

  private final EnricherDriver enricher = new EnricherDriver();

  @AfterEach
  void close() {
    enricher.close();
  }

  @Test
  void shouldDeadLetterPoisonBytesWithTheirCoordinatesAndKeepProcessing() {
    byte[] key = {0, 0, 0, 0, 0, 0, 0, 5};
    byte[] poison = "not an avro frame".getBytes(StandardCharsets.UTF_8);
    enricher.rawBlockBytes.pipeInput(key, poison);
    enricher.pipe(RawBlockBuilder.block(6, "a").nativeTransfer(address(1), address(2), 1).build());

    List<KeyValue<String, DeadLetter>> letters = deadLetters();
    String topic = enricher.topics.rawBlocks().name();
    assertThat(letters)
        .singleElement()
        .satisfies(
            kv -> {
              assertThat(kv.key).isEqualTo(topic + ":0:0");
              DeadLetter letter = kv.value;
              assertThat(letter.getApp()).isEqualTo(App.TX_ENRICHER.id());
              assertThat(letter.getSourceTopic()).isEqualTo(topic);
              assertThat(letter.getPartition()).isZero();
              assertThat(letter.getOffset()).isZero();
              assertThat(bytes(letter.getKey())).isEqualTo(key);
              assertThat(bytes(letter.getValue())).isEqualTo(poison);
              assertThat(letter.getReason()).startsWith("undeserializable: ");
              assertThat(letter.getErrorClass())
                  .isEqualTo("org.apache.kafka.common.errors.SerializationException");
              assertThat(letter.getFailedAt()).isEqualTo(EnricherDriver.NOW);
            });
    assertThat(enricher.keys(enricher.topics.blocks())).containsExactly(6L);
    assertThat(enricher.counter(DeadLetterMetrics.DEAD_LETTERS, "reason", "undeserializable"))
        .isEqualTo(1);
  }

  @Test
  void shouldDeadLetterAnInvalidBlockWithItsReasonAndKeepProcessing() {
    RawBlock valid =
        RawBlockBuilder.block(8, "a").nativeTransfer(address(1), address(2), 1).build();
    RawBlock invalid = RawBlock.newBuilder(valid).setReceipts(List.of()).build();
    enricher.pipe(invalid);
    enricher.pipe(RawBlockBuilder.block(9, "a").build());

    assertThat(deadLetters())
        .singleElement()
        .satisfies(
            kv -> {
              assertThat(kv.value.getOffset()).isZero();
              assertThat(kv.value.getReason())
                  .startsWith("invalid-block: block 8")
                  .contains("receipts");
              assertThat(kv.value.getErrorClass())
                  .isEqualTo("io.chainexplorer.enricher.mapping.InvalidBlock");
              assertThat(kv.value.getValue()).isNotNull();
            });
    assertThat(enricher.keys(enricher.topics.blocks())).containsExactly(9L);
    assertThat(enricher.output(enricher.topics.transactions()).isEmpty()).isTrue();
    assertThat(enricher.counter(DeadLetterMetrics.DEAD_LETTERS, "reason", "invalid-block"))
        .isEqualTo(1);
  }

  @Test
  void shouldDeadLetterAMalformedHexFieldAsAnInvalidBlock() {
    RawBlock block = RawBlockBuilder.block(8, "a").build();
    enricher.pipe(RawBlock.newBuilder(block).setMiner("0xnot-an-address").build());

    assertThat(deadLetters())
        .singleElement()
        .satisfies(kv -> assertThat(kv.value.getReason()).contains("miner"));
  }

  @Test
  void shouldDeadLetterAPoisonRetractionAndAPoisonConfirmedBlock() {
    TestBytes.pipe(enricher, enricher.topics.blockRetractions().name(), new byte[] {1, 2, 3});
    TestBytes.pipe(enricher, enricher.topics.confirmedRawBlocks().name(), new byte[] {0, 0, 0});

    assertThat(deadLetters())
        .extracting(kv -> kv.value.getSourceTopic())
        .containsExactly(
            enricher.topics.blockRetractions().name(), enricher.topics.confirmedRawBlocks().name());
    assertThat(enricher.counter(DeadLetterMetrics.DEAD_LETTERS, "reason", "undeserializable"))
        .isEqualTo(2);
  }

  @Test
  void shouldDeadLetterARawBlockWithoutValue() {
    enricher.rawBlockBytes.pipeInput(new byte[8], (byte[]) null);

    assertThat(deadLetters())
        .singleElement()
        .satisfies(
            kv -> {
              assertThat(kv.value.getValue()).isNull();
              assertThat(kv.value.getReason()).contains("without a value");
            });
  }

  private List<KeyValue<String, DeadLetter>> deadLetters() {
    return enricher.output(enricher.topics.deadLetters(App.TX_ENRICHER)).readKeyValuesToList();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

  /** Pipes raw bytes to any input topic. */
  private static final class TestBytes {
    static void pipe(EnricherDriver enricher, String topic, byte[] value) {
      enricher
          .driver
          .createInputTopic(
              topic,
              new org.apache.kafka.common.serialization.ByteArraySerializer(),
              new org.apache.kafka.common.serialization.ByteArraySerializer())
          .pipeInput(new byte[8], value);
    }
  }
}
