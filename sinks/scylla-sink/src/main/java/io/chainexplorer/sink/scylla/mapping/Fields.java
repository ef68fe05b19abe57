package io.chainexplorer.sink.scylla.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Typed reads of one record's Connect struct, failing with a {@link DataException} on bad data: a
 * value of the wrong type or a missing one where a row needs it.
 */
final class Fields {

  private final String entity;
  private final Struct struct;

  Fields(String entity, Struct struct) {
    this.entity = entity;
    this.struct = struct;
  }

  /** The failure of a record whose fields are not those of its entity. */
  DataException unexpected(Throwable cause) {
    return new DataException("record of " + entity + " does not have the expected fields", cause);
  }

  /** A field a row cannot do without: its absence is an unexpected record. */
  Object required(String field) {
    Object value = struct.get(field);
    if (value == null) {
      throw unexpected(new DataException("field " + field + " is missing"));
    }
    return value;
  }

  String text(String field) {
    Object value = struct.get(field);
    return value == null ? null : value.toString();
  }

  /** A text field added in a later schema version; {@code absent} when the record predates it. */
  String textOr(String field, String absent) {
    return struct.schema().field(field) == null ? absent : text(field);
  }

  /** A text field that must hold a value: it becomes part of a primary key. */
  String key(String field) {
    String value = text(field);
    if (value == null || value.isEmpty()) {
      throw new DataException("field " + field + " is empty but keys a row");
    }
    return value;
  }

  Long int64(String field) {
    Object value = struct.get(field);
    return value == null ? null : ((Number) value).longValue();
  }

  Integer int32(String field) {
    Object value = struct.get(field);
    return value == null ? null : ((Number) value).intValue();
  }

  boolean flag(String field) {
    return Boolean.TRUE.equals(struct.get(field));
  }

  /** A uint256 field: Connect {@code Decimal} with scale 0, stored as CQL {@code varint}. */
  BigInteger uint256(String field) {
    Object value = struct.get(field);
    if (value == null) {
      return null;
    }
    try {
      return ((BigDecimal) value).toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new DataException("field " + field + " is not an integer: " + value, e);
    }
  }

  Instant blockTime() {
    return Instant.ofEpochSecond(((Number) required("blockTimestamp")).longValue());
  }

  /** The {@code index}th element of a list of strings, {@code null} past its end. */
  String element(String field, int index) {
    List<?> values = (List<?>) required(field);
    return index < values.size() ? (String) values.get(index) : null;
  }

  /** The month of block time as yyyymm (UTC): the time bucket of per-address partitions. */
  int bucket() {
    ZonedDateTime time = blockTime().atZone(ZoneOffset.UTC);
    return time.getYear() * 100 + time.getMonthValue();
  }

  /** The decoded parameters of a call or an event, as one JSON array. */
  String parameters(String field) {
    List<?> parameters = (List<?>) required(field);
    for (Object parameter : parameters) {
      Struct item = (Struct) parameter;
      if (item == null || item.get("name") == null || item.get("type") == null) {
        throw unexpected(new DataException("a parameter of " + field + " has no name or type"));
      }
    }
    return ParametersJson.render(parameters);
  }
}
