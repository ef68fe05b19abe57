package io.chainexplorer.poller.verify;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Writes RLP straight into one growable byte buffer, decoding hex fields in place: integers are
 * minimal big-endian byte strings (zero is the empty string), byte data is taken as is. A list's
 * header is inserted when the list ends, once its payload length is known. Not thread-safe.
 */
final class RlpWriter {

  private static final int SHORT_LIMIT = 56;
  private static final int STRING = 0x80;
  private static final int LIST = 0xc0;

  private byte[] buffer;
  private int size;

  RlpWriter() {
    this(4096);
  }

  RlpWriter(int capacity) {
    buffer = new byte[capacity];
  }

  int size() {
    return size;
  }

  byte[] buffer() {
    return buffer;
  }

  /** Forgets everything after {@code position}. */
  void truncate(int position) {
    size = position;
  }

  void reset() {
    size = 0;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  /** A raw byte outside any RLP item, such as the EIP-2718 type byte. */
  void raw(int value) {
    ensure(1);
    buffer[size++] = (byte) value;
  }

  /** Starts a list; returns the position to pass to {@link #endList}. */
  int startList() {
    return size;
  }

  /** Ends the list started at {@code start}, inserting its header before its payload. */
  void endList(int start) {
    int payload = size - start;
    int header = headerLength(payload);
    ensure(header);
    System.arraycopy(buffer, start, buffer, start + header, payload);
    size = start;
    writeHeader(LIST, payload);
    size = start + header + payload;
  }

  /** Byte data; {@code null} is the empty string. */
  void data(String hex) {
    if (hex == null) {
      raw(STRING);
      return;
    }
    int length = Hex.length(hex);
    if (length == 1 && Hex.digit(hex, 2) < 8) {
      raw(Hex.digit(hex, 2) << 4 | Hex.digit(hex, 3));
      return;
    }
    ensure(length + 9);
    writeHeader(STRING, length);
    Hex.decode(hex, 2, hex.length(), buffer, size);
    size += length;
  }

  void bytes(byte[] bytes, int offset, int length) {
    if (length == 1 && (bytes[offset] & 0xff) < STRING) {
      raw(bytes[offset]);
      return;
    }
    ensure(length + 9);
    writeHeader(STRING, length);
    System.arraycopy(bytes, offset, buffer, size, length);
    size += length;
  }

  void bytes(byte[] bytes) {
    bytes(bytes, 0, bytes.length);
  }

  /** An unsigned 64-bit integer. */
  void quantity(long value) {
    if (value >= 0 && value < STRING) {
      raw(value == 0 ? STRING : (int) value);
      return;
    }
    int length = 8 - Long.numberOfLeadingZeros(value) / 8;
    ensure(length + 1);
    buffer[size++] = (byte) (STRING + length);
    for (int shift = 8 * (length - 1); shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (value >>> shift);
    }
  }

  /** An unsigned integer held as a uint256 decimal. */
  void quantity(BigDecimal value) {
    byte[] twos = value.toBigIntegerExact().toByteArray();
    int skip = 0;
    while (skip < twos.length && twos[skip] == 0) {
      skip++;
    }
    bytes(twos, skip, twos.length - skip);
  }

  /** An unsigned integer held as a hex quantity (signature r and s); leading zeros dropped. */
  void hexQuantity(String hex) {
    int from = hex.startsWith("0x") ? 2 : 0;
    while (from < hex.length() && Hex.digit(hex, from) == 0) {
      from++;
    }
    int digits = hex.length() - from;
    if (digits <= 2) {
      quantity(digits == 0 ? 0 : Integer.parseInt(hex, from, hex.length(), 16));
      return;
    }
    int length = (digits + 1) / 2;
    ensure(length + 9);
    writeHeader(STRING, length);
    if (digits % 2 == 1) {
      buffer[size++] = (byte) Hex.digit(hex, from++);
    }
    Hex.decode(hex, from, hex.length(), buffer, size);
    size += (hex.length() - from) / 2;
  }

  /** A list of byte data, such as hashes or topics. */
  void dataList(List<String> items) {
    int start = startList();
    for (String item : items) {
      data(item);
    }
    endList(start);
  }

  private static int headerLength(int length) {
    return length < SHORT_LIMIT ? 1 : 1 + lengthOfLength(length);
  }

  private static int lengthOfLength(int length) {
    return 4 - Integer.numberOfLeadingZeros(length) / 8;
  }

  /** Header of a string or list of {@code length} payload bytes; capacity ensured by callers. */
  private void writeHeader(int base, int length) {
    if (length < SHORT_LIMIT) {
      buffer[size++] = (byte) (base + length);
      return;
    }
    int bytes = lengthOfLength(length);
    buffer[size++] = (byte) (base + SHORT_LIMIT - 1 + bytes);
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (length >>> shift);
    }
  }

  private void ensure(int extra) {
    if (size + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
    }
  }
}
