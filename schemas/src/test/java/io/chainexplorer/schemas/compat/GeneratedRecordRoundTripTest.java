package io.chainexplorer.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.schemaguard.SchemaTree;
import io.chainexplorer.schemas.compat.EdgeValues.Edge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated record survives Avro binary byte for byte at both edges of its value range. */
class GeneratedRecordRoundTripTest {

  static Stream<Arguments> recordsAndEdges() {
    List<Arguments> cases = new ArrayList<>();
    for (Schema schema : SchemaTree.load(Path.of("src/main/avro")).values()) {
      if (schema.getType() == Schema.Type.RECORD) {
        for (Edge edge : Edge.values()) {
          cases.add(Arguments.of(schema.getName(), schema, edge));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("recordsAndEdges")
  void shouldRoundTripGeneratedRecordExactlyWhenValuesAreAtTheEdge(
      String name, Schema schema, Edge edge) throws IOException {
    Class<?> generated = SpecificData.get().getClass(schema);
    assertThat(generated).as("generated class of " + name).isNotNull();
    byte[] written = write(new GenericDatumWriter<>(schema), EdgeValues.of(schema, edge));

    SpecificRecord decoded = read(generated, schema, written);
    byte[] rewritten = write(new SpecificDatumWriter<>(schema), decoded);

    assertThat(decoded).isInstanceOf(generated);
    assertThat(rewritten).isEqualTo(written);
    // Not isEqualTo: a decoded GenericData.Array compares its elements with GenericData.get(),
    // which lacks the generated decimal conversion, and throws on a nullable BigDecimal.
    assertThat(read(generated, schema, rewritten)).usingRecursiveComparison().isEqualTo(decoded);
    assertUint256Fields(schema, decoded, edge);
  }

  @Test
  void shouldKeepUint256MaxAndPostForkNullsWhenTransactionIsBuiltWithGeneratedBuilder()
      throws IOException {
    Transaction base =
        (Transaction)
            read(
                Transaction.class,
                Transaction.getClassSchema(),
                write(
                    new GenericDatumWriter<>(Transaction.getClassSchema()),
                    EdgeValues.of(Transaction.getClassSchema(), Edge.MIN)));
    BigDecimal max = EdgeValues.uint256(Edge.MAX);
    Transaction legacy =
        Transaction.newBuilder(base).setValue(max).setFeePaid(max).setGasPrice(max).build();

    ByteBuffer encoded = legacy.toByteBuffer();
    Transaction decoded = Transaction.fromByteBuffer(encoded);

    assertThat(decoded.getValue().toBigIntegerExact()).isEqualTo(EdgeValues.UINT256_MAX);
    assertThat(decoded.getGasPrice().toBigIntegerExact()).isEqualTo(EdgeValues.UINT256_MAX);
    assertThat(decoded.getMaxFeePerGas()).isNull();
    assertThat(decoded.getAuthorizationList()).isNull();
    assertThat(decoded.getStatus()).isNull();
    assertThat(decoded).isEqualTo(legacy);
  }

  @Test
  void shouldKeepPreLondonNullsWhenRawBlockRoundTrips() throws IOException {
    Schema schema = RawBlock.getClassSchema();
    RawBlock block =
        (RawBlock)
            read(
                RawBlock.class,
                schema,
                write(new GenericDatumWriter<>(schema), EdgeValues.of(schema, Edge.MIN)));

    RawBlock decoded = RawBlock.fromByteBuffer(block.toByteBuffer());

    assertThat(decoded.getBaseFeePerGas()).isNull();
    assertThat(decoded.getWithdrawals()).isNull();
    assertThat(decoded.getProvenance().getVerification()).isNull();
    assertThat(decoded.getDifficulty()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  private static void assertUint256Fields(Schema schema, SpecificRecord decoded, Edge edge) {
    for (Schema.Field field : schema.getFields()) {
      Object value = decoded.get(field.pos());
      if (isDecimal(field.schema()) && value != null) {
        assertThat(((BigDecimal) value).toBigIntegerExact())
            .as(schema.getName() + "." + field.name())
            .isEqualTo(EdgeValues.uint256(edge).toBigIntegerExact());
      }
    }
  }

  private static boolean isDecimal(Schema schema) {
    if (schema.getType() == Schema.Type.UNION) {
      return schema.getTypes().stream().anyMatch(GeneratedRecordRoundTripTest::isDecimal);
    }
    return schema.getLogicalType() instanceof LogicalTypes.Decimal;
  }

  private static <T> byte[] write(DatumWriter<T> writer, Object datum) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    @SuppressWarnings("unchecked")
    T typed = (T) datum;
    writer.write(typed, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static SpecificRecord read(Class<?> type, Schema schema, byte[] bytes)
      throws IOException {
    SpecificDatumReader<SpecificRecord> reader = new SpecificDatumReader<>(schema);
    SpecificRecord record = reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
    assertThat(record).isInstanceOf(type);
    return record;
  }
}
