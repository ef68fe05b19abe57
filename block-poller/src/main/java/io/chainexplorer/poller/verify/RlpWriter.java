package io.chainexplorer.poller.verify;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Writes RLP straight into one growable byte buffer, decoding hex fields in place: integers are
 * minimal big-endian byte strings (zero is the empty string), byte data is taken as is. A list's
 * header is inserted when the list ends, once its payload length is known; a detached list instead
 * gets its header written into room left in front of it, so its payload never moves. Not
 * thread-safe.
 */
final class RlpWriter {

  /**
   * Room a detached list leaves in front of its header: an EIP-2718 type byte, and the prefix of
   * the trie leaf that may hold the item (list header, hex-prefix key, string header).
   */
  static final int DETACHED_ROOM = 24;

  private static final int MAX_HEADER = 5;
  private static final int SHORT_LIMIT = 56;
  static final int STRING = 0x80;
  static final int LIST = 0xc0;

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

  /**
   * Starts a detached list after {@link #DETACHED_ROOM} bytes of room and the largest header;
   * returns the position of its payload, to pass to {@link #endDetachedList}.
   */
  int startDetachedList() {
    ensure(DETACHED_ROOM + MAX_HEADER);
    size += DETACHED_ROOM + MAX_HEADER;
    return size;
  }

  /**
   * Ends the detached list whose payload starts at {@code payload}, writing its header just in
   * front of it; returns where the list's encoding begins. The bytes before are free room.
   */
  int endDetachedList(int payload) {
    int length = size - payload;
    int begin = payload - headerLength(length);
    writeHeaderAt(begin, LIST, length);
    return begin;
  }

  /** Writes {@code value} into the room at {@code position}, before a detached list. */
  void put(int position, int value) {
    buffer[position] = (byte) value;
  }

  /** Moves everything from {@code begin} back to {@code origin}, closing the room between. */
  void closeGap(int origin, int begin) {
    System.arraycopy(buffer, begin, buffer, origin, size - begin);
    size -= begin - origin;
  }

  /** Appends {@code bytes} as they are, after {@link #DETACHED_ROOM} bytes of room. */
  int rawWithRoom(byte[] bytes) {
    ensure(DETACHED_ROOM + bytes.length);
    size += DETACHED_ROOM;
    int begin = size;
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
    return begin;
  }

  /** Byte data; {@code null} is the empty string. */
  void data(String hex) {
    if (hex == null) {
      raw(STRING);
      return;
    }
    int length = HexBytes.length(hex);
    if (length == 1 && HexBytes.digit(hex, 2) < 8) {
      raw(HexBytes.digit(hex, 2) << 4 | HexBytes.digit(hex, 3));
      return;
    }
    ensure(length + 9);
    writeHeader(STRING, length);
    HexBytes.decode(hex, 2, hex.length(), buffer, size);
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
    while (from < hex.length() && HexBytes.digit(hex, from) == 0) {
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
      buffer[size++] = (byte) HexBytes.digit(hex, from++);
    }
    HexBytes.decode(hex, from, hex.length(), buffer, size);
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

  /** Length of the header of a string or list of {@code length} payload bytes. */
  static int headerLength(int length) {
    return length < SHORT_LIMIT ? 1 : 1 + lengthOfLength(length);
  }

  private static int lengthOfLength(int length) {
    return 4 - Integer.numberOfLeadingZeros(length) / 8;
  }

  /** Header of a string or list of {@code length} payload bytes; capacity ensured by callers. */
  private void writeHeader(int base, int length) {
    size = writeHeaderAt(buffer, size, base, length);
  }

  private void writeHeaderAt(int position, int base, int length) {
    writeHeaderAt(buffer, position, base, length);
  }

  /**
   * Writes the header of a string ({@code 0x80}) or list ({@code 0xc0}) of {@code length} payload
   * bytes at {@code target[position...]}; returns the position after it.
   */
  static int writeHeaderAt(byte[] target, int position, int base, int length) {
    int p = position;
    if (length < SHORT_LIMIT) {
      target[p++] = (byte) (base + length);
      return p;
    }
    int bytes = lengthOfLength(length);
    target[p++] = (byte) (base + SHORT_LIMIT - 1 + bytes);
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
      target[p++] = (byte) (length >>> shift);
    }
    return p;
  }

  private void ensure(int extra) {
    if (size + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
    }
  }
}
