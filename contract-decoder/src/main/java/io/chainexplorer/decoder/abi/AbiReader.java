package io.chainexplorer.decoder.abi;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes ABI-encoded values from one byte range with strict bounds: every offset and length is
 * checked against the data before use, array lengths against the bytes left, and the total work
 * (bytes read plus values built) against {@link #WORK_FACTOR} times the data size.
 */
final class AbiReader {

  /** Work allowed per byte of input: a well-formed encoding reads each byte about once. */
  static final long WORK_FACTOR = 8;

  /** Work allowed on top, so tiny inputs with many empty values still decode. */
  static final long WORK_MIN = 4096;

  private static final int WORD = AbiType.WORD;

  private final byte[] data;
  private final int start;
  private final int end;
  private final long workLimit;
  private long work;
  private long values;

  /** Reads {@code data[start..end)}; offsets are relative to {@code start}. */
  AbiReader(byte[] data, int start, int end) {
    this.data = data;
    this.start = start;
    this.end = end;
    this.workLimit = WORK_MIN + WORK_FACTOR * (end - start);
  }

  /** Values built so far (scalars, arrays and tuples): bounded by the work limit. */
  long values() {
    return values;
  }

  /** Most values any input of {@code length} bytes can make this reader build. */
  static long maxValues(int length) {
    return WORK_MIN + WORK_FACTOR * length;
  }

  /** Decodes a tuple of {@code types} whose head starts at the beginning of the range. */
  List<Object> decodeTuple(List<AbiType> types) {
    return decodeSequence(types, types.size(), start);
  }

  private List<Object> decodeSequence(List<AbiType> types, int count, int base) {
    List<Object> out = new ArrayList<>(count);
    int head = base;
    boolean repeated = types.size() == 1;
    for (int i = 0; i < count; i++) {
      AbiType type = repeated ? types.get(0) : types.get(i);
      if (type.dynamic()) {
        int offset = readIndex(head, "offset");
        long target = (long) base + offset;
        if (target > end) {
          throw malformed("offset " + offset + " at byte " + rel(head) + " points past the end");
        }
        out.add(decode(type, (int) target));
      } else {
        out.add(decode(type, head));
      }
      head += type.headSize();
    }
    return out;
  }

  private Object decode(AbiType type, int pos) {
    spend(1);
    values++;
    if (type instanceof AbiType.IntType t) {
      return readInt(t, pos);
    } else if (type instanceof AbiType.AddressType) {
      return readAddress(pos);
    } else if (type instanceof AbiType.BoolType) {
      return readBool(pos);
    } else if (type instanceof AbiType.FixedBytesType t) {
      requireWord(pos, "bytes" + t.size());
      return copy(pos, t.size());
    } else if (type instanceof AbiType.BytesType) {
      return readBytes(pos);
    } else if (type instanceof AbiType.StringType) {
      return readString(pos);
    } else if (type instanceof AbiType.ArrayType t) {
      return readArray(t, pos);
    }
    AbiType.TupleType tuple = (AbiType.TupleType) type;
    requireRange(pos, tuple.dynamic() ? WORD : tuple.headSize(), "tuple head");
    return decodeSequence(tuple.components(), tuple.components().size(), pos);
  }

  private List<Object> readArray(AbiType.ArrayType type, int pos) {
    AbiType element = type.element();
    int elementHead = element.dynamic() ? WORD : element.headSize();
    if (!type.dynamicLength()) {
      requireRange(pos, (long) type.length() * elementHead, type.canonical());
      return decodeSequence(List.of(element), type.length(), pos);
    }
    int count = readIndex(pos, "array length");
    int base = pos + WORD;
    long room = end - base;
    if ((long) count * elementHead > room) {
      throw malformed(
          "array length "
              + count
              + " at byte "
              + rel(pos)
              + " exceeds the "
              + room
              + " bytes left");
    }
    return decodeSequence(List.of(element), count, base);
  }

  private BigInteger readInt(AbiType.IntType type, int pos) {
    requireWord(pos, type.canonical());
    spend(WORD);
    int width = type.bits() / 8;
    // Like ethers: bits above the type's width are ignored (masked), not rejected.
    int from = pos + WORD - width;
    return type.signed() ? new BigInteger(data, from, width) : new BigInteger(1, data, from, width);
  }

  private String readAddress(int pos) {
    requireWord(pos, "address");
    spend(WORD);
    for (int i = pos; i < pos + 12; i++) {
      if (data[i] != 0) {
        throw malformed("address at byte " + rel(pos) + " has non-zero high bytes");
      }
    }
    return Hex.encode(data, pos + 12, 20);
  }

  private Boolean readBool(int pos) {
    requireWord(pos, "bool");
    spend(WORD);
    // Like ethers: any non-zero word is true.
    for (int i = pos; i < pos + WORD; i++) {
      if (data[i] != 0) {
        return Boolean.TRUE;
      }
    }
    return Boolean.FALSE;
  }

  private byte[] readBytes(int pos) {
    int length = readIndex(pos, "bytes length");
    int from = pos + WORD;
    long padded = ((long) length + WORD - 1) / WORD * WORD;
    if (padded > end - from) {
      throw malformed(
          "length "
              + length
              + " at byte "
              + rel(pos)
              + " exceeds the "
              + (end - from)
              + " bytes left");
    }
    return copy(from, length);
  }

  private String readString(int pos) {
    byte[] bytes = readBytes(pos);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed("string at byte " + rel(pos) + " is not valid UTF-8");
    }
  }

  private byte[] copy(int from, int length) {
    spend(length);
    return Arrays.copyOfRange(data, from, from + length);
  }

  /** A word holding a non-negative int (offset or length), read and bounds-checked. */
  private int readIndex(int pos, String what) {
    requireWord(pos, what);
    spend(WORD);
    for (int i = pos; i < pos + WORD - 4; i++) {
      if (data[i] != 0) {
        throw malformed(what + " at byte " + rel(pos) + " is larger than the data");
      }
    }
    int value =
        (data[pos + 28] & 0xff) << 24
            | (data[pos + 29] & 0xff) << 16
            | (data[pos + 30] & 0xff) << 8
            | (data[pos + 31] & 0xff);
    if (value < 0 || value > end - start) {
      throw malformed(
          what
              + " "
              + Integer.toUnsignedString(value)
              + " at byte "
              + rel(pos)
              + " is larger than the data");
    }
    return value;
  }

  private void requireWord(int pos, String what) {
    requireRange(pos, WORD, what);
  }

  private void requireRange(int pos, long length, String what) {
    if (pos + length > end) {
      throw malformed(
          what + " at byte " + rel(pos) + " needs " + length + " bytes, " + (end - pos) + " left");
    }
  }

  private void spend(long amount) {
    work += amount;
    if (work > workLimit) {
      throw malformed(
          "decoding would read more than "
              + workLimit
              + " bytes from "
              + (end - start)
              + " (overlapping offsets)");
    }
  }

  private int rel(int pos) {
    return pos - start;
  }

  private static MalformedException malformed(String reason) {
    return new MalformedException(reason);
  }
}
