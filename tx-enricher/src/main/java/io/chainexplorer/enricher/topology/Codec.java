package io.chainexplorer.enricher.topology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Binary helpers of the internal state serdes (never on public topics): uint256 values as their
 * two's-complement bytes, nullable ones behind a presence flag.
 */
final class Codec {

  /** Writes one value. */
  interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  /** Reads one value. */
  interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private Codec() {}

  static <T> byte[] encode(T value, Writer<T> writer) {
    if (value == null) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writer.write(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static <T> T decode(byte[] data, Reader<T> reader) {
    if (data == null) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeDecimal(DataOutputStream out, BigDecimal value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      byte[] bytes = value.toBigIntegerExact().toByteArray();
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }

  static BigDecimal readDecimal(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new BigDecimal(new BigInteger(bytes));
  }
}
