package io.chainexplorer.sink.scylla.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/** Typed reads of one record's Connect struct, failing with a {@link DataException} on bad data. */
final class Fields {

  private final Struct struct;

  Fields(Struct struct) {
    this.struct = struct;
  }

  String text(String field) {
    Object value = struct.get(field);
    return value == null ? null : value.toString();
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
    return Instant.ofEpochSecond(int64("blockTimestamp"));
  }

  /** The month of block time as yyyymm (UTC): the time bucket of per-address partitions. */
  int bucket() {
    ZonedDateTime time = blockTime().atZone(ZoneOffset.UTC);
    return time.getYear() * 100 + time.getMonthValue();
  }

  Struct struct() {
    return struct;
  }
}
