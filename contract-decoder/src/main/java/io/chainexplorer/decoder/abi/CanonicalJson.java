package io.chainexplorer.decoder.abi;

import java.math.BigInteger;
import java.util.List;

/**
 * The canonical JSON text of a decoded value: integers as decimal strings, addresses, bytes and
 * bytesN as lowercase 0x hex strings, bool as JSON bool, strings as JSON strings, arrays and tuples
 * as JSON arrays.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** The JSON text of {@code value}, a value of {@code type} in the {@link AbiEncoder} model. */
  public static String write(AbiType type, Object value) {
    StringBuilder out = new StringBuilder();
    append(out, type, value);
    return out.toString();
  }

  private static void append(StringBuilder out, AbiType type, Object value) {
    if (type instanceof AbiType.IntType) {
      out.append('"').append(((BigInteger) value).toString()).append('"');
    } else if (type instanceof AbiType.BoolType) {
      out.append(((Boolean) value).booleanValue());
    } else if (type instanceof AbiType.AddressType) {
      out.append('"').append((String) value).append('"');
    } else if (type instanceof AbiType.FixedBytesType || type instanceof AbiType.BytesType) {
      out.append('"').append(Hex.encode((byte[]) value)).append('"');
    } else if (type instanceof AbiType.StringType) {
      appendString(out, (String) value);
    } else {
      appendList(out, type, (List<?>) value);
    }
  }

  private static void appendList(StringBuilder out, AbiType type, List<?> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      AbiType element =
          type instanceof AbiType.ArrayType array
              ? array.element()
              : ((AbiType.TupleType) type).components().get(i);
      append(out, element, values.get(i));
    }
    out.append(']');
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped. */
  static void appendString(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
