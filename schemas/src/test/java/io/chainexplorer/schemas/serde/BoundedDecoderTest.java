package io.chainexplorer.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.schemas.registry.MockSchemaRegistry;
import io.chainexplorer.schemas.wire.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedDecoderTest {

  private static final String TOPIC = "eth.raw-blocks.v1";
  private static final long HUGE = 1L << 30;

  private final String scope = "bounded-" + UUID.randomUUID();

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(scope);
  }

  @Test
  void shouldRefuseTheElevenByteRawBlockDeclaringAGigabyteStringBeforeAllocatingIt() {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
    int id = registry.register(TOPIC + "-value", RawBlock.getClassSchema());
    // blockNumber 1, then blockHash declared 2^30 bytes long: 6 bytes of payload.
    byte[] frame = WireFormat.frame(id, varints(1, HUGE));
    assertThat(frame).hasSize(11);
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer(registry, RawBlock.class);

    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, frame))
        .isInstanceOf(SerializationException.class)
        .hasCauseInstanceOf(DeclaredSizeException.class)
        .hasMessageContaining("string of 1073741824 bytes where 0 bytes are left");
  }

  @Test
  void shouldRefuseAStringLongerThanTheBytesLeftInTheFrame() {
    Schema schema = record("{\"name\": \"s\", \"type\": \"string\"}");
    byte[] payload = concat(varints(20), new byte[] {'a', 'b', 'c'});

    assertThatThrownBy(() -> read(schema, payload))
        .isInstanceOf(DeclaredSizeException.class)
        .hasMessageContaining("string of 20 bytes where 3 bytes are left");
  }

  @Test
  void shouldRefuseAnArrayOrMapCountingMoreItemsThanBytesLeft() {
    Schema array =
        record("{\"name\": \"a\", \"type\": {\"type\": \"array\", \"items\": \"long\"}}");
    Schema map = record("{\"name\": \"m\", \"type\": {\"type\": \"map\", \"values\": \"long\"}}");

    assertThatThrownBy(() -> read(array, varints(1000, 1, 2)))
        .isInstanceOf(DeclaredSizeException.class)
        .hasMessageContaining("array of 1000 items where 2 bytes are left");
    // A negative count announces a block size first: the count is checked all the same.
    assertThatThrownBy(() -> read(map, varints(-1000, 4, 2)))
        .isInstanceOf(DeclaredSizeException.class)
        .hasMessageContaining("map of 1000 items where 1 bytes are left");
    // Beyond Avro's own item limit, Avro refuses first; either way nothing is allocated.
    assertThatThrownBy(() -> read(array, varints(HUGE, 1, 2)))
        .isInstanceOf(AvroRuntimeException.class)
        .hasMessageContaining("1073741824");
  }

  @Test
  void shouldRefuseBytesLongerThanTheFrameAndNegativeLengths() {
    Schema bytes = record("{\"name\": \"b\", \"type\": \"bytes\"}");
    Schema string = record("{\"name\": \"s\", \"type\": \"string\"}");

    assertThatThrownBy(() -> read(bytes, concat(varints(100), new byte[3])))
        .isInstanceOf(DeclaredSizeException.class)
        .hasMessageContaining("bytes of 100 bytes where 3 bytes are left");
    assertThatThrownBy(() -> read(string, varints(-5)))
        .isInstanceOf(DeclaredSizeException.class)
        .hasMessageContaining("string of -5 bytes");
  }

  @Test
  void shouldReadEveryShapeUpToTheLastByteOfTheFrame() throws IOException {
    GenericRecord sample = SampleRecords.sample(3L, "last");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {9, 9});
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(SampleRecords.SAMPLE).write(sample, encoder);
    encoder.flush();
    byte[] framed = out.toByteArray();

    GenericRecord read =
        new GenericDatumReader<GenericRecord>(SampleRecords.SAMPLE)
            .read(null, new BoundedDecoder().reset(framed, 2, framed.length - 2));

    assertThat(SampleRecords.canonical(read)).isEqualTo(SampleRecords.canonical(sample));
  }

  private static Object read(Schema schema, byte[] payload) throws IOException {
    return new GenericDatumReader<GenericRecord>(schema)
        .read(null, new BoundedDecoder().reset(payload, 0, payload.length));
  }

  private static Schema record(String field) {
    return new Schema.Parser()
        .parse("{\"type\": \"record\", \"name\": \"R\", \"fields\": [" + field + "]}");
  }

  private static byte[] varints(long... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      for (long value : values) {
        encoder.writeLong(value);
      }
      encoder.flush();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] head, byte[] tail) {
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
