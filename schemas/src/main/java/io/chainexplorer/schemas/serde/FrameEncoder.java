package io.chainexplorer.schemas.serde;

import io.chainexplorer.schemas.wire.WireFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;

/**
 * One thread's reusable encoding buffer and Avro encoder: the only allocation per record is the
 * returned frame. Not thread-safe; the serializer keeps one per thread.
 */
final class FrameEncoder extends OutputStream {

  private static final int INITIAL_CAPACITY = 4096;

  private byte[] buffer = new byte[INITIAL_CAPACITY];
  private int count;
  private BinaryEncoder encoder;

  /** The frame of {@code datum}: header with {@code schemaId}, then its Avro binary. */
  byte[] encode(int schemaId, DatumWriter<Object> writer, Object datum) throws IOException {
    WireFormat.writeHeader(buffer, 0, schemaId);
    count = WireFormat.HEADER_SIZE;
    encoder = EncoderFactory.get().binaryEncoder(this, encoder);
    try {
      writer.write(datum, encoder);
      encoder.flush();
    } catch (IOException | RuntimeException e) {
      // The buffered encoder still holds the failed record's first bytes, and reusing it would
      // flush them into the next frame: drop it.
      encoder = null;
      throw e;
    }
    return Arrays.copyOf(buffer, count);
  }

  @Override
  public void write(int b) {
    ensureCapacity(count + 1);
    buffer[count++] = (byte) b;
  }

  @Override
  public void write(byte[] source, int offset, int length) {
    ensureCapacity(count + length);
    System.arraycopy(source, offset, buffer, count, length);
    count += length;
  }

  private void ensureCapacity(int needed) {
    if (needed > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
    }
  }
}
