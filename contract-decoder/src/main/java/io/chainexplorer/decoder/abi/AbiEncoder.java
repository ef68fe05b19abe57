package io.chainexplorer.decoder.abi;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Standard (strict, canonical) ABI encoding, used to check that a decoding re-encodes to the same
 * calldata. The value model is the decoders': {@link BigInteger} for intN/uintN, lowercase 0x hex
 * {@link String} for address, {@link Boolean}, {@code byte[]} for bytes and bytesN, {@link String}
 * for string, {@link List} for arrays and tuples. A value outside its type throws
 * IllegalArgumentException.
 */
public final class AbiEncoder {
  private static final int WORD = AbiType.WORD;

  private AbiEncoder() {}

  /** Selector followed by the encoded inputs. */
  public static byte[] encode(AbiFunction function, List<?> values) {
    byte[] body = encodeParameters(function.types(), values);
    byte[] out = new byte[4 + body.length];
    System.arraycopy(function.selector(), 0, out, 0, 4);
    System.arraycopy(body, 0, out, 4, body.length);
    return out;
  }

  /** The encoding of {@code values} as the tuple of {@code types} (no selector). */
  public static byte[] encodeParameters(List<AbiType> types, List<?> values) {
    if (types.size() != values.size()) {
      throw new IllegalArgumentException(values.size() + " values for " + types.size() + " types");
    }
    return encodeSequence(types, values);
  }

  /** Whether {@code calldata} decodes by {@code function} and re-encodes to exactly itself. */
  public static boolean reencodesExactly(AbiFunction function, byte[] calldata) {
    if (!(CalldataDecoder.decode(function, calldata) instanceof DecodeResult.Decoded decoded)) {
      return false;
    }
    List<Object> values = new ArrayList<>();
    decoded.values().forEach(v -> values.add(v.value()));
    return Arrays.equals(encode(function, values), calldata);
  }

  private static byte[] encodeSequence(List<AbiType> types, List<?> values) {
    int headSize = 0;
    for (AbiType type : types) {
      headSize += type.headSize();
    }
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    for (int i = 0; i < types.size(); i++) {
      AbiType type = types.get(i);
      byte[] encoded = encodeValue(type, values.get(i));
      if (type.dynamic()) {
        head.writeBytes(uint(BigInteger.valueOf((long) headSize + tail.size())));
        tail.writeBytes(encoded);
      } else {
        head.writeBytes(encoded);
      }
    }
    head.writeBytes(tail.toByteArray());
    return head.toByteArray();
  }

  private static byte[] encodeValue(AbiType type, Object value) {
    if (type instanceof AbiType.IntType t) {
      return integer(t, (BigInteger) value);
    } else if (type instanceof AbiType.AddressType) {
      byte[] address = Hex.decode((String) value);
      if (address.length != 20) {
        throw new IllegalArgumentException("address of " + address.length + " bytes");
      }
      return leftPad(address);
    } else if (type instanceof AbiType.BoolType) {
      return uint((Boolean) value ? BigInteger.ONE : BigInteger.ZERO);
    } else if (type instanceof AbiType.FixedBytesType t) {
      byte[] bytes = (byte[]) value;
      if (bytes.length != t.size()) {
        throw new IllegalArgumentException(bytes.length + " bytes for " + t.canonical());
      }
      return padRight(bytes, WORD);
    } else if (type instanceof AbiType.BytesType) {
      return dynamicBytes((byte[]) value);
    } else if (type instanceof AbiType.StringType) {
      return dynamicBytes(((String) value).getBytes(StandardCharsets.UTF_8));
    } else if (type instanceof AbiType.ArrayType t) {
      return array(t, (List<?>) value);
    }
    List<?> components = (List<?>) value;
    return encodeParameters(((AbiType.TupleType) type).components(), components);
  }

  private static byte[] array(AbiType.ArrayType type, List<?> values) {
    if (!type.dynamicLength() && values.size() != type.length()) {
      throw new IllegalArgumentException(values.size() + " elements for " + type.canonical());
    }
    byte[] body = encodeSequence(Collections.nCopies(values.size(), type.element()), values);
    if (!type.dynamicLength()) {
      return body;
    }
    byte[] out = uint(BigInteger.valueOf(values.size()));
    return concat(out, body);
  }

  private static byte[] integer(AbiType.IntType type, BigInteger value) {
    int bits = type.bits();
    boolean fits =
        type.signed()
            ? value.bitLength() <= bits - 1
            : value.signum() >= 0 && value.bitLength() <= bits;
    if (!fits) {
      throw new IllegalArgumentException(value + " out of range of " + type.canonical());
    }
    byte[] twos = value.toByteArray();
    byte[] out = new byte[WORD];
    byte fill = (byte) (value.signum() < 0 ? 0xff : 0);
    Arrays.fill(out, fill);
    int copy = Math.min(twos.length, WORD);
    System.arraycopy(twos, twos.length - copy, out, WORD - copy, copy);
    return out;
  }

  private static byte[] uint(BigInteger value) {
    return integer(new AbiType.IntType(256, false), value);
  }

  private static byte[] dynamicBytes(byte[] bytes) {
    int padded = (bytes.length + WORD - 1) / WORD * WORD;
    return concat(uint(BigInteger.valueOf(bytes.length)), padRight(bytes, padded));
  }

  private static byte[] padRight(byte[] bytes, int size) {
    byte[] out = new byte[size];
    System.arraycopy(bytes, 0, out, 0, bytes.length);
    return out;
  }

  private static byte[] leftPad(byte[] bytes) {
    byte[] out = new byte[WORD];
    System.arraycopy(bytes, 0, out, WORD - bytes.length, bytes.length);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
