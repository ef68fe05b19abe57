package io.chainexplorer.schemas.serde;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * A null where the writer schema admits none, found by {@link CheckedDatumWriters} before Avro's
 * encoder would fail on it; names the field path, e.g. {@code Withdrawal.address}.
 */
final class NullValueException extends AvroRuntimeException {

  private final Schema.Type type;
  private final Deque<String> path = new ArrayDeque<>();

  private NullValueException(Schema.Type type) {
    super("null value for (non-nullable) " + type.getName());
    this.type = type;
  }

  /** Throws when {@code datum} is null and {@code schema} neither is nor may be null. */
  static void check(Schema schema, Object datum) {
    if (datum == null
        && schema.getType() != Schema.Type.NULL
        && schema.getType() != Schema.Type.UNION) {
      throw new NullValueException(schema.getType());
    }
  }

  /** This exception with {@code name} in front of its path, on the way out of a record. */
  NullValueException within(String name) {
    path.addFirst(name);
    return this;
  }

  @Override
  public String getMessage() {
    String message = "null value for (non-nullable) " + type.getName();
    return path.isEmpty() ? message : message + " at " + String.join(".", path);
  }
}
