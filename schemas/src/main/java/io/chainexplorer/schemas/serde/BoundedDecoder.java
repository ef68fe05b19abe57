package io.chainexplorer.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.SystemLimitException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

/**
 * Avro binary decoder over one frame's payload that refuses a string, bytes, array or map whose
 * declared length or item count exceeds the bytes left in the frame, before anything is allocated.
 *
 * <p>Avro trusts a declared length: an 11-byte frame declaring a string of 2^30 bytes allocates a
 * gigabyte before noticing the frame has ended, and the {@link OutOfMemoryError} gets past every
 * handler of bad records. Every item of a string, of bytes and of a map takes at least one byte; so
 * does every array item of our schemas (none has arrays of {@code null} or of empty records). Not
 * thread-safe: one per thread, re-pointed at each frame with {@link #reset}.
 */
public final class BoundedDecoder extends Decoder {

  static {
    AvroLimits.install();
  }

  private final Utf8 scratch = new Utf8();
  private BinaryDecoder in;

  /** Points this decoder at {@code length} bytes of {@code data} from {@code offset}. */
  public BoundedDecoder reset(byte[] data, int offset, int length) {
    in = DecoderFactory.get().binaryDecoder(data, offset, length, in);
    return this;
  }

  /** Bytes of the frame not read yet. */
  long remaining() throws IOException {
    // Over a byte array, the binary decoder's buffer is the array itself: what its input stream
    // has available is exactly what is left of the frame.
    return in.inputStream().available();
  }

  @Override
  public void readNull() throws IOException {
    in.readNull();
  }

  @Override
  public boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  @Override
  public int readInt() throws IOException {
    return in.readInt();
  }

  @Override
  public long readLong() throws IOException {
    return in.readLong();
  }

  @Override
  public float readFloat() throws IOException {
    return in.readFloat();
  }

  @Override
  public double readDouble() throws IOException {
    return in.readDouble();
  }

  @Override
  public Utf8 readString(Utf8 old) throws IOException {
    int length = SystemLimitException.checkMaxStringLength(checkLength("string", in.readLong()));
    Utf8 result = old != null ? old : new Utf8();
    result.setByteLength(length);
    in.readFixed(result.getBytes(), 0, length);
    return result;
  }

  @Override
  public String readString() throws IOException {
    return readString(scratch).toString();
  }

  @Override
  public void skipString() throws IOException {
    in.skipFixed(checkLength("string", in.readLong()));
  }

  @Override
  public ByteBuffer readBytes(ByteBuffer old) throws IOException {
    int length = SystemLimitException.checkMaxBytesLength(checkLength("bytes", in.readLong()));
    ByteBuffer result;
    if (old != null && length <= old.capacity()) {
      result = old;
      result.clear();
    } else {
      result = ByteBuffer.allocate(length);
    }
    in.readFixed(result.array(), result.position(), length);
    result.limit(length);
    return result;
  }

  @Override
  public void skipBytes() throws IOException {
    in.skipFixed(checkLength("bytes", in.readLong()));
  }

  @Override
  public void readFixed(byte[] bytes, int start, int length) throws IOException {
    in.readFixed(bytes, start, length);
  }

  @Override
  public void skipFixed(int length) throws IOException {
    in.skipFixed(length);
  }

  @Override
  public int readEnum() throws IOException {
    return in.readEnum();
  }

  @Override
  public long readArrayStart() throws IOException {
    return checkItems("array", in.readArrayStart());
  }

  @Override
  public long arrayNext() throws IOException {
    return checkItems("array", in.arrayNext());
  }

  @Override
  public long skipArray() throws IOException {
    return checkItems("array", in.skipArray());
  }

  @Override
  public long readMapStart() throws IOException {
    return checkItems("map", in.readMapStart());
  }

  @Override
  public long mapNext() throws IOException {
    return checkItems("map", in.mapNext());
  }

  @Override
  public long skipMap() throws IOException {
    return checkItems("map", in.skipMap());
  }

  @Override
  public int readIndex() throws IOException {
    return in.readIndex();
  }

  private int checkLength(String type, long length) throws IOException {
    long left = remaining();
    if (length < 0 || length > left) {
      throw new DeclaredSizeException(type + " of " + length + " bytes", left);
    }
    return (int) length;
  }

  private long checkItems(String type, long items) throws IOException {
    long left = remaining();
    if (items < 0 || items > left) {
      throw new DeclaredSizeException(type + " of " + items + " items", left);
    }
    return items;
  }
}
