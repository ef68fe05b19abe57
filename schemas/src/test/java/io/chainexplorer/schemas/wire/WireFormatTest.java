package io.chainexplorer.schemas.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WireFormatTest {

  private static final FrameLocation BLOCKS = FrameLocation.ofTopic("blocks.raw");

  @Test
  void shouldWriteMagicByteAndBigEndianIdBeforePayload() {
    byte[] frame = WireFormat.frame(0x01020304, new byte[] {42, 43});

    assertThat(frame).containsExactly(0, 1, 2, 3, 4, 42, 43);
    assertThat(WireFormat.schemaId(frame, BLOCKS)).isEqualTo(0x01020304);
    assertThat(WireFormat.payload(frame)).containsExactly(42, 43);
    assertThat(WireFormat.payloadLength(frame)).isEqualTo(2);
  }

  @Test
  void shouldReadIdsAbove2Pow31AsUnsignedBitsRoundTrip() {
    byte[] frame = WireFormat.frame(-2, new byte[] {1});

    assertThat(frame).startsWith(0, -1, -1, -1, -2);
    assertThat(WireFormat.schemaId(frame, BLOCKS)).isEqualTo(-2);
  }

  @Test
  void shouldRejectFrameWhenMagicByteIsOne() {
    byte[] frame = {1, 0, 0, 0, 7, 42};

    assertThatThrownBy(() -> WireFormat.schemaId(frame, BLOCKS))
        .isInstanceOf(WireFormatException.class)
        .hasMessageContaining("Unknown magic byte 1")
        .hasMessageContaining("Confluent's newer format")
        .hasMessageContaining("topic 'blocks.raw'");
  }

  @Test
  void shouldRejectFrameWhenMagicByteIsUnknown() {
    byte[] frame = {7, 0, 0, 0, 7, 42};

    assertThatThrownBy(() -> WireFormat.schemaId(frame, FrameLocation.of("blocks.raw", 3, 42L)))
        .isInstanceOf(WireFormatException.class)
        .hasMessageContaining("Unknown magic byte 7")
        .hasMessageContaining("topic 'blocks.raw' partition 3 offset 42")
        .satisfies(e -> assertThat(((WireFormatException) e).location().partition()).isEqualTo(3));
  }

  @Test
  void shouldRejectFrameWhenShorterThanHeader() {
    assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {0, 0, 1}, BLOCKS))
        .isInstanceOf(WireFormatException.class)
        .hasMessageContaining("Truncated frame of topic 'blocks.raw': 3 bytes");
  }

  @Test
  void shouldRejectFrameWhenIdHasNoPayload() {
    assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {0, 0, 0, 0, 9}, BLOCKS))
        .isInstanceOf(WireFormatException.class)
        .hasMessageContaining("schema id 9 but no Avro payload");
  }

  @Test
  void shouldDescribeOnlyTheKnownCoordinates() {
    assertThat(BLOCKS.describe()).isEqualTo("topic 'blocks.raw'");
    assertThat(FrameLocation.of("t", 0, 5).describe()).isEqualTo("topic 't' partition 0 offset 5");
  }
}
