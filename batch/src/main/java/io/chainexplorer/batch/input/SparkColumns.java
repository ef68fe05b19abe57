package io.chainexplorer.batch.input;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark read schema of some fields of an Avro record as the sink writes it to Parquet: uint256
 * decimals as bytes, enums as strings; a field missing from an older file reads as null.
 */
final class SparkColumns {

  /** Columns of every entity: where its block is, and whether the row is a retraction. */
  static final List<String> COMMON =
      List.of("blockNumber", "blockHash", "blockTimestamp", "retracted");

  private SparkColumns() {}

  /** The Spark schema of the named fields of {@code avro}, in order, each name once. */
  @SafeVarargs
  static StructType of(Schema avro, List<String>... names) {
    Set<String> fields = new LinkedHashSet<>();
    for (List<String> group : names) {
      fields.addAll(group);
    }
    StructField[] columns =
        fields.stream()
            .map(
                name -> {
                  Schema.Field field = avro.getField(name);
                  if (field == null) {
                    throw new IllegalArgumentException(avro.getName() + " has no field " + name);
                  }
                  return DataTypes.createStructField(name, type(nonNull(field.schema())), true);
                })
            .toArray(StructField[]::new);
    return DataTypes.createStructType(columns);
  }

  private static DataType type(Schema schema) {
    return switch (schema.getType()) {
      case LONG -> DataTypes.LongType;
      case INT -> DataTypes.IntegerType;
      case BOOLEAN -> DataTypes.BooleanType;
      case STRING, ENUM -> DataTypes.StringType;
      case ARRAY -> {
        if (schema.getElementType().getType() != Schema.Type.STRING) {
          throw new IllegalArgumentException("only arrays of strings are read by the batch layer");
        }
        yield DataTypes.createArrayType(DataTypes.StringType, true);
      }
      case BYTES -> {
        if (!(schema.getLogicalType() instanceof LogicalTypes.Decimal)) {
          throw new IllegalArgumentException("plain bytes are not read by the batch layer");
        }
        yield DataTypes.BinaryType;
      }
      default ->
          throw new IllegalArgumentException(schema.getType() + " is not read by the batch layer");
    };
  }

  private static Schema nonNull(Schema schema) {
    if (schema.getType() != Schema.Type.UNION) {
      return schema;
    }
    return schema.getTypes().stream()
        .filter(branch -> branch.getType() != Schema.Type.NULL)
        .findFirst()
        .orElseThrow();
  }
}
