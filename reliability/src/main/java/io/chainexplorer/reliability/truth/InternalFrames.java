package io.chainexplorer.reliability.truth;

import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * Internal transactions as the comparison sees them, from a generated record (topics, the truth) or
 * one read back from Parquet (decimals as bytes): every field but {@code retracted}, by name.
 */
public final class InternalFrames {

  /** The entity name of internal transactions in reports. */
  public static final String ENTITY = "internal_transaction";

  /** The cold store's directory of the entity, as the HDFS sink names it. */
  static final String DIRECTORY = "internal-transaction";

  private static final List<String> FIELDS =
      InternalTransaction.getClassSchema().getFields().stream()
          .map(Schema.Field::name)
          .filter(name -> !"retracted".equals(name))
          .toList();

  private InternalFrames() {}

  public static Observed of(GenericRecord record) {
    StringBuilder content = new StringBuilder();
    for (String field : FIELDS) {
      content.append(field).append('=').append(text(record.get(field))).append(';');
    }
    List<Integer> traceAddress = new ArrayList<>();
    for (Object index : (List<?>) record.get("traceAddress")) {
      traceAddress.add(((Number) index).intValue());
    }
    return new Observed(
        ENTITY,
        TopicKeys.internalTransaction(String.valueOf(record.get("transactionHash")), traceAddress),
        ((Number) record.get("blockNumber")).longValue(),
        String.valueOf(record.get("blockHash")),
        AvroRecords.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** One text per value, whether the decimal came as a number or as its two's-complement bytes. */
  private static String text(Object value) {
    if (value instanceof ByteBuffer bytes) {
      byte[] copy = new byte[bytes.remaining()];
      bytes.duplicate().get(copy);
      return new BigInteger(copy).toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toBigIntegerExact().toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(InternalFrames::text).toList().toString();
    }
    return String.valueOf(value);
  }
}
