package io.chainexplorer.decoder.abi;

import java.util.List;
import java.util.Objects;

/**
 * An event: topic0 is keccak-256 of its signature (absent when anonymous), one more topic per
 * indexed input, the other inputs ABI-encoded in the data.
 */
public final class AbiEvent implements AbiEntry {
  private final String name;
  private final List<AbiParameter> inputs;
  private final boolean anonymous;
  private final String signature;
  private final byte[] topic0;
  private final int indexedCount;

  public AbiEvent(String name, List<AbiParameter> inputs, boolean anonymous) {
    this.name = Objects.requireNonNull(name, "name");
    this.inputs = List.copyOf(inputs);
    this.anonymous = anonymous;
    this.signature = AbiEntry.super.signature();
    this.topic0 = Keccak.hash(signature);
    this.indexedCount = (int) this.inputs.stream().filter(AbiParameter::indexed).count();
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

  /** Whether the log carries no topic0. */
  public boolean anonymous() {
    return anonymous;
  }

  /** keccak-256 of the canonical signature (32 bytes). */
  public byte[] topic0() {
    return topic0.clone();
  }

  /** topic0 as lowercase 0x hex. */
  public String topic0Hex() {
    return Hex.encode(topic0);
  }

  /** Number of indexed inputs. */
  public int indexedCount() {
    return indexedCount;
  }

  /** Number of topics a log of this event carries. */
  public int topicCount() {
    return indexedCount + (anonymous ? 0 : 1);
  }

  boolean topic0Matches(byte[] topic) {
    return java.util.Arrays.equals(topic0, topic);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AbiEvent that
        && name.equals(that.name)
        && inputs.equals(that.inputs)
        && anonymous == that.anonymous;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, inputs, anonymous);
  }

  @Override
  public String toString() {
    return "event " + signature + (anonymous ? " anonymous" : "");
  }
}
