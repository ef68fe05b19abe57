package io.chainexplorer.sink.converter;

import java.util.List;
import org.apache.avro.Schema;

/**
 * Names of the Connect schema parameters (and Avro properties) that carry the Avro facts Connect's
 * type system has no slot for, so that Connect → Avro restores what Avro → Connect saw.
 */
final class AvroParameters {

  private static final String PREFIX = "io.chainexplorer.avro.";

  /** Enum symbols, comma-separated in declaration order (Avro symbols cannot contain a comma). */
  static final String ENUM_SYMBOLS = PREFIX + "enum.symbols";

  /** The enum's default symbol, when it declares one. */
  static final String ENUM_DEFAULT = PREFIX + "enum.default";

  /** Size in bytes of an Avro {@code fixed}. */
  static final String FIXED_SIZE = PREFIX + "fixed.size";

  /** Full name of the {@code fixed} under a decimal, whose Connect name must be Decimal's. */
  static final String FIXED_NAME = PREFIX + "fixed.name";

  /** Decimal precision, under Confluent's key, which JDBC-style sinks already read. */
  static final String DECIMAL_PRECISION = "connect.decimal.precision";

  /** Position of {@code null} in the union an optional schema came from, when it is not first. */
  static final String NULL_INDEX = PREFIX + "union.null.index";

  /** Record parameter prefix: the doc of the field named by the suffix. */
  static final String FIELD_DOC = PREFIX + "field.doc.";

  /** Record parameter prefix: the nullable field named by the suffix has no default. */
  static final String FIELD_NO_DEFAULT = PREFIX + "field.nodefault.";

  /** Parameter prefix: an Avro property Connect has no slot for, its value as JSON. */
  static final String PROPERTY = PREFIX + "prop.";

  /** Connect name of the struct standing for a union of several non-null branches. */
  static final String UNION_NAME = PREFIX + "Union";

  /** Avro property marking an {@code int} that was a Connect INT8 or INT16 (Confluent's key). */
  static final String CONNECT_TYPE = "connect.type";

  /** Default record name, numbered from the second on, for a Connect struct without a name. */
  static final String DEFAULT_RECORD_NAME = "io.chainexplorer.avro.ConnectDefault";

  private AvroParameters() {}

  /** The non-null branches of a union, in declaration order. */
  static List<Schema> nonNullBranches(Schema union) {
    return union.getTypes().stream().filter(type -> type.getType() != Schema.Type.NULL).toList();
  }

  /** True for a union with null and exactly one other branch: a Connect optional schema. */
  static boolean isNullable(Schema union) {
    return union.getTypes().size() == 2 && nonNullBranches(union).size() == 1;
  }

  /** The field name of a union branch in the union struct: a full name, or the type's name. */
  static String branchName(Schema branch) {
    return switch (branch.getType()) {
      case RECORD, ENUM, FIXED -> branch.getFullName();
      default -> branch.getType().getName();
    };
  }
}
