package io.chainexplorer.decoder.abi;

import java.util.List;
import java.util.Objects;

/** A function: its calldata starts with the 4-byte {@link #selector()} of its signature. */
public final class AbiFunction implements AbiEntry {
  private final String name;
  private final List<AbiParameter> inputs;
  private final String signature;
  private final byte[] selector;

  public AbiFunction(String name, List<AbiParameter> inputs) {
    this.name = Objects.requireNonNull(name, "name");
    this.inputs = List.copyOf(inputs);
    this.signature = AbiEntry.super.signature();
    this.selector = new byte[4];
    System.arraycopy(Keccak.hash(signature), 0, selector, 0, 4);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<AbiParameter> inputs() {
    return inputs;
  }

  @Override
  public String signature() {
    return signature;
  }

  /** The first four bytes of keccak-256 of the canonical signature. */
  public byte[] selector() {
    return selector.clone();
  }

  /** The selector as lowercase 0x hex, e.g. {@code 0xa9059cbb}. */
  public String selectorHex() {
    return Hex.encode(selector);
  }

  /** The input types, in order. */
  public List<AbiType> types() {
    return types(inputs);
  }

  boolean selectorMatches(byte[] calldata) {
    return calldata.length >= 4
        && calldata[0] == selector[0]
        && calldata[1] == selector[1]
        && calldata[2] == selector[2]
        && calldata[3] == selector[3];
  }

  private static List<AbiType> types(List<AbiParameter> inputs) {
    return inputs.stream().map(AbiParameter::type).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AbiFunction that
        && name.equals(that.name)
        && inputs.equals(that.inputs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, inputs);
  }

  @Override
  public String toString() {
    return "function " + signature;
  }
}
