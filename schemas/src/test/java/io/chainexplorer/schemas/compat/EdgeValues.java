package io.chainexplorer.schemas.compat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/** Builds a generic datum for any schema with edge values: all maxima, or all minima and nulls. */
final class EdgeValues {

  static final BigInteger UINT256_MAX = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);

  /** Which edge to build. */
  enum Edge {
    /** Largest values, every optional field present, uint256 fields at 2^256-1. */
    MAX,
    /** Zero values, every optional field null, collections empty. */
    MIN
  }

  private static final Conversions.DecimalConversion DECIMAL = new Conversions.DecimalConversion();

  private EdgeValues() {}

  /** The datum in Avro's raw representation (decimals as bytes, instants as longs). */
  static Object of(Schema schema, Edge edge) {
    switch (schema.getType()) {
      case RECORD:
        GenericData.Record record = new GenericData.Record(schema);
        schema.getFields().forEach(f -> record.put(f.pos(), of(f.schema(), edge)));
        return record;
      case UNION:
        return union(schema, edge);
      case ARRAY:
        return array(schema, edge);
      case MAP:
        return edge == Edge.MAX
            ? Map.of("eth_getBlockReceipts", of(schema.getValueType(), edge))
            : Map.of();
      case ENUM:
        List<String> symbols = schema.getEnumSymbols();
        return new GenericData.EnumSymbol(
            schema, edge == Edge.MAX ? symbols.get(symbols.size() - 1) : symbols.get(0));
      case BYTES:
        return bytes(schema, edge);
      default:
        return primitive(schema, edge);
    }
  }

  /** The uint256 value the edge puts in every decimal field. */
  static BigDecimal uint256(Edge edge) {
    return new BigDecimal(edge == Edge.MAX ? UINT256_MAX : BigInteger.ZERO);
  }

  private static Object union(Schema schema, Edge edge) {
    boolean nullable = schema.getTypes().stream().anyMatch(s -> s.getType() == Schema.Type.NULL);
    if (edge == Edge.MIN && nullable) {
      return null;
    }
    Schema branch =
        schema.getTypes().stream()
            .filter(s -> s.getType() != Schema.Type.NULL)
            .findFirst()
            .orElseThrow();
    return of(branch, edge);
  }

  private static Object array(Schema schema, Edge edge) {
    List<Object> items = new ArrayList<>();
    if (edge == Edge.MAX) {
      items.add(of(schema.getElementType(), edge));
      items.add(of(schema.getElementType(), edge));
    }
    return new GenericData.Array<>(schema, items);
  }

  private static Object bytes(Schema schema, Edge edge) {
    LogicalType logicalType = schema.getLogicalType();
    if (logicalType instanceof LogicalTypes.Decimal) {
      return DECIMAL.toBytes(uint256(edge), schema, logicalType);
    }
    return ByteBuffer.wrap(edge == Edge.MAX ? new byte[] {0, 1, (byte) 0xff} : new byte[0]);
  }

  private static Object primitive(Schema schema, Edge edge) {
    boolean max = edge == Edge.MAX;
    switch (schema.getType()) {
      case STRING:
        return max ? "0x" + "ff".repeat(32) : "0x";
      case LONG:
        return max ? Long.MAX_VALUE : 0L;
      case INT:
        return max ? Integer.MAX_VALUE : 0;
      case BOOLEAN:
        return max;
      case NULL:
        return null;
      default:
        throw new IllegalArgumentException("no edge value for " + schema.getType());
    }
  }
}
