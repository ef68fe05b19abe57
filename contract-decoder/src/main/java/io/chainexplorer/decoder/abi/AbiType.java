package io.chainexplorer.decoder.abi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A canonical Solidity ABI type: elementary types, fixed and dynamic arrays and tuples.
 *
 * <p>Instances come from {@link #parse(String)} (or {@link SignatureParser}, {@link AbiJson}),
 * which cap nesting depth and static sizes, so every type has a head of at least one word.
 */
public sealed interface AbiType
    permits AbiType.IntType,
        AbiType.AddressType,
        AbiType.BoolType,
        AbiType.FixedBytesType,
        AbiType.BytesType,
        AbiType.StringType,
        AbiType.ArrayType,
        AbiType.TupleType {

  /** Size of one ABI word in bytes. */
  int WORD = 32;

  /** The canonical text of the type, as hashed into selectors and topics. */
  String canonical();

  /** Whether the value is encoded in the tail (behind an offset in the head). */
  boolean dynamic();

  /** Bytes this type occupies in the head of its enclosing tuple. */
  int headSize();

  /** Parses one type such as {@code uint256[2][]} or {@code (address,bytes)[]}. */
  static AbiType parse(String text) {
    return TypeParser.parse(text);
  }

  /** {@code uintN} or {@code intN}, N a multiple of 8 from 8 to 256. */
  record IntType(int bits, boolean signed) implements AbiType {
    public IntType {
      if (bits < 8 || bits > 256 || bits % 8 != 0) {
        throw new IllegalArgumentException("no integer type of " + bits + " bits");
      }
    }

    @Override
    public String canonical() {
      return (signed ? "int" : "uint") + bits;
    }

    @Override
    public boolean dynamic() {
      return false;
    }

    @Override
    public int headSize() {
      return WORD;
    }
  }

  /** {@code address}. */
  record AddressType() implements AbiType {
    @Override
    public String canonical() {
      return "address";
    }

    @Override
    public boolean dynamic() {
      return false;
    }

    @Override
    public int headSize() {
      return WORD;
    }
  }

  /** {@code bool}. */
  record BoolType() implements AbiType {
    @Override
    public String canonical() {
      return "bool";
    }

    @Override
    public boolean dynamic() {
      return false;
    }

    @Override
    public int headSize() {
      return WORD;
    }
  }

  /** {@code bytesN}, N from 1 to 32. */
  record FixedBytesType(int size) implements AbiType {
    public FixedBytesType {
      if (size < 1 || size > 32) {
        throw new IllegalArgumentException("no bytes" + size + " type");
      }
    }

    @Override
    public String canonical() {
      return "bytes" + size;
    }

    @Override
    public boolean dynamic() {
      return false;
    }

    @Override
    public int headSize() {
      return WORD;
    }
  }

  /** {@code bytes}. */
  record BytesType() implements AbiType {
    @Override
    public String canonical() {
      return "bytes";
    }

    @Override
    public boolean dynamic() {
      return true;
    }

    @Override
    public int headSize() {
      return WORD;
    }
  }

  /** {@code string}. */
  record StringType() implements AbiType {
    @Override
    public String canonical() {
      return "string";
    }

    @Override
    public boolean dynamic() {
      return true;
    }

    @Override
    public int headSize() {
      return WORD;
    }
  }

  /** {@code T[k]} ({@code length >= 1}) or {@code T[]} ({@code length == DYNAMIC_LENGTH}). */
  record ArrayType(AbiType element, int length) implements AbiType {
    /** The length of a dynamic array type. */
    public static final int DYNAMIC_LENGTH = -1;

    public ArrayType {
      java.util.Objects.requireNonNull(element, "element");
      if (length < 1 && length != DYNAMIC_LENGTH) {
        throw new IllegalArgumentException("array length " + length + " not accepted");
      }
    }

    /** Whether the length is read from the data. */
    public boolean dynamicLength() {
      return length == DYNAMIC_LENGTH;
    }

    @Override
    public String canonical() {
      return element.canonical() + (dynamicLength() ? "[]" : "[" + length + "]");
    }

    @Override
    public boolean dynamic() {
      return dynamicLength() || element.dynamic();
    }

    @Override
    public int headSize() {
      return dynamic() ? WORD : length * element.headSize();
    }
  }

  /** {@code (T1,...,Tn)}, n >= 1; dynamic-ness and head size computed once. */
  final class TupleType implements AbiType {
    private final List<AbiType> components;
    private final boolean dynamic;
    private final int headSize;

    public TupleType(List<AbiType> components) {
      if (components.isEmpty()) {
        throw new IllegalArgumentException("empty tuple");
      }
      this.components = List.copyOf(components);
      this.dynamic = this.components.stream().anyMatch(AbiType::dynamic);
      long size = this.components.stream().mapToLong(AbiType::headSize).sum();
      // Saturates: the parser rejects static types over its cap before anything reads this.
      this.headSize = dynamic ? WORD : (int) Math.min(Integer.MAX_VALUE, size);
    }

    /** The component types, in order. */
    public List<AbiType> components() {
      return components;
    }

    @Override
    public String canonical() {
      return components.stream().map(AbiType::canonical).collect(Collectors.joining(",", "(", ")"));
    }

    @Override
    public boolean dynamic() {
      return dynamic;
    }

    @Override
    public int headSize() {
      return headSize;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof TupleType that && components.equals(that.components);
    }

    @Override
    public int hashCode() {
      return components.hashCode();
    }

    @Override
    public String toString() {
      return canonical();
    }
  }
}
