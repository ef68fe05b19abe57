package io.chainexplorer.decoder.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent reader of ABI type text; rejects unknown types, zero-length arrays, empty
 * tuples, nesting deeper than {@link #MAX_DEPTH} and static types larger than {@link
 * #MAX_STATIC_SIZE}.
 */
final class TypeParser {

  /** Deepest nesting of arrays and tuples accepted: real ABIs stay far below. */
  static final int MAX_DEPTH = 32;

  /** Largest head of a static type (1 MiB): bigger ones cannot fit in any real calldata. */
  static final int MAX_STATIC_SIZE = 1 << 20;

  /** Longest type or signature text accepted. */
  static final int MAX_TEXT = 8192;

  private static final AbiType ADDRESS = new AbiType.AddressType();
  private static final AbiType BOOL = new AbiType.BoolType();
  private static final AbiType BYTES = new AbiType.BytesType();
  private static final AbiType STRING = new AbiType.StringType();

  private final String text;
  private int pos;

  TypeParser(String text) {
    if (text == null) {
      throw new IllegalArgumentException("missing type text");
    }
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("type text longer than " + MAX_TEXT + " characters");
    }
    this.text = text;
  }

  static AbiType parse(String text) {
    TypeParser parser = new TypeParser(text);
    parser.skipSpaces();
    AbiType type = parser.type(0);
    parser.expectEnd();
    return type;
  }

  /** One type at the cursor, arrays suffixes included. */
  AbiType type(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
    AbiType type;
    if (peek() == '(' || text.startsWith("tuple(", pos)) {
      if (peek() != '(') {
        pos += "tuple".length();
      }
      type = tuple(depth);
    } else {
      type = elementary(identifier());
    }
    while (peek() == '[') {
      type = arraySuffix(type);
      if (++depth > MAX_DEPTH) {
        throw error("nesting deeper than " + MAX_DEPTH);
      }
    }
    return type;
  }

  private AbiType tuple(int depth) {
    expect('(');
    skipSpaces();
    List<AbiType> components = new ArrayList<>();
    if (peek() == ')') {
      throw error("empty tuple");
    }
    while (true) {
      components.add(type(depth + 1));
      skipSpaces();
      optionalName();
      if (peek() == ',') {
        pos++;
        skipSpaces();
      } else {
        break;
      }
    }
    expect(')');
    AbiType.TupleType tuple = new AbiType.TupleType(components);
    checkStaticSize(tuple);
    return tuple;
  }

  private AbiType arraySuffix(AbiType element) {
    expect('[');
    int start = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    int length = AbiType.ArrayType.DYNAMIC_LENGTH;
    if (pos > start) {
      String digits = text.substring(start, pos);
      if (digits.length() > 9 || digits.startsWith("0")) {
        throw error("array length " + digits + " not accepted");
      }
      length = Integer.parseInt(digits);
    }
    expect(']');
    AbiType.ArrayType array = new AbiType.ArrayType(element, length);
    checkStaticSize(array);
    return array;
  }

  private void checkStaticSize(AbiType type) {
    if (type.dynamic()) {
      return;
    }
    long size =
        type instanceof AbiType.ArrayType array
            ? (long) array.length() * array.element().headSize()
            : ((AbiType.TupleType) type).components().stream().mapToLong(AbiType::headSize).sum();
    if (size > MAX_STATIC_SIZE) {
      throw error("static type larger than " + MAX_STATIC_SIZE + " bytes");
    }
  }

  private AbiType elementary(String name) {
    switch (name) {
      case "address":
        return ADDRESS;
      case "bool":
        return BOOL;
      case "bytes":
        return BYTES;
      case "string":
        return STRING;
      case "uint":
        return new AbiType.IntType(256, false);
      case "int":
        return new AbiType.IntType(256, true);
      default:
        return sized(name);
    }
  }

  private AbiType sized(String name) {
    for (String prefix : new String[] {"uint", "int", "bytes"}) {
      if (name.startsWith(prefix) && name.substring(prefix.length()).matches("[1-9][0-9]{0,2}")) {
        return sized(name, prefix, Integer.parseInt(name.substring(prefix.length())));
      }
    }
    throw error("unknown type '" + name + "'");
  }

  private AbiType sized(String name, String prefix, int size) {
    if (prefix.equals("bytes") && size <= 32) {
      return new AbiType.FixedBytesType(size);
    }
    if (!prefix.equals("bytes") && size <= 256 && size % 8 == 0) {
      return new AbiType.IntType(size, prefix.equals("int"));
    }
    throw error("unknown type '" + name + "'");
  }

  /** An identifier at the cursor ([A-Za-z_$][A-Za-z0-9_$]*), or an error. */
  String identifier() {
    int start = pos;
    while (pos < text.length() && isIdentifierChar(text.charAt(pos), pos == start)) {
      pos++;
    }
    if (pos == start) {
      throw error("expected a name");
    }
    return text.substring(start, pos);
  }

  /** Skips an optional parameter name (or keyword) and returns it, or null. */
  String optionalName() {
    skipSpaces();
    if (pos < text.length() && isIdentifierChar(text.charAt(pos), true)) {
      String name = identifier();
      skipSpaces();
      return name;
    }
    return null;
  }

  private static boolean isIdentifierChar(char c, boolean first) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    return letter || (!first && c >= '0' && c <= '9');
  }

  char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  void expect(char c) {
    skipSpaces();
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
    skipSpaces();
  }

  void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  void expectEnd() {
    skipSpaces();
    if (pos != text.length()) {
      throw error("unexpected text");
    }
  }

  IllegalArgumentException error(String reason) {
    String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
    return new IllegalArgumentException(reason + " at position " + pos + " in '" + shown + "'");
  }
}
