package io.chainexplorer.batchserving.parquet;

import java.time.LocalDate;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * The Java value of one Parquet column as the CQL driver binds it: DATE → {@code LocalDate} (CQL
 * date), INT64 → {@code Long} (bigint), INT32 → {@code Integer} (int), string → {@code String}
 * (text; uint256 values stay decimal text), BOOLEAN → {@code Boolean}; a missing value is null.
 */
final class ParquetValues {

  private ParquetValues() {}

  static Object value(Group group, int field) {
    Type type = group.getType().getType(field);
    if (group.getFieldRepetitionCount(field) == 0) {
      return null;
    }
    if (!type.isPrimitive()) {
      throw unsupported(type);
    }
    PrimitiveType primitive = type.asPrimitiveType();
    LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
    switch (primitive.getPrimitiveTypeName()) {
      case INT64:
        if (logical == null || logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation) {
          return group.getLong(field, 0);
        }
        throw unsupported(type);
      case INT32:
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
          return LocalDate.ofEpochDay(group.getInteger(field, 0));
        }
        if (logical == null || logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation) {
          return group.getInteger(field, 0);
        }
        throw unsupported(type);
      case BINARY:
        if (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation) {
          return group.getString(field, 0);
        }
        throw unsupported(type);
      case BOOLEAN:
        return group.getBoolean(field, 0);
      default:
        throw unsupported(type);
    }
  }

  private static IllegalArgumentException unsupported(Type type) {
    // A view column of another type needs a mapping here and a column type in the batch table.
    return new IllegalArgumentException(
        "column " + type.getName() + " has a type the batch tables do not map: " + type);
  }
}
