package io.chainexplorer.devnet;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of what the generator has done, by kind: transactions sent, mined (a receipt exists),
 * mined with status 0 (reverted), the last mined transaction's hash, and sends the node refused.
 */
public final class TrafficStats {

  private final Map<TrafficKind, Long> sent;
  private final Map<TrafficKind, Long> mined;
  private final Map<TrafficKind, Long> reverted;
  private final Map<TrafficKind, String> lastMined;
  private final long refused;

  public TrafficStats(
      Map<TrafficKind, Long> sent,
      Map<TrafficKind, Long> mined,
      Map<TrafficKind, Long> reverted,
      Map<TrafficKind, String> lastMined,
      long refused) {
    this.sent = copy(sent);
    this.mined = copy(mined);
    this.reverted = copy(reverted);
    this.lastMined =
        lastMined.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(lastMined));
    this.refused = refused;
  }

  public long sent(TrafficKind kind) {
    return sent.getOrDefault(kind, 0L);
  }

  public long mined(TrafficKind kind) {
    return mined.getOrDefault(kind, 0L);
  }

  /** Mined transactions of {@code kind} whose receipt has status 0. */
  public long reverted(TrafficKind kind) {
    return reverted.getOrDefault(kind, 0L);
  }

  /** Hash of the last mined transaction of {@code kind}, empty before the first. */
  public Optional<String> lastMined(TrafficKind kind) {
    return Optional.ofNullable(lastMined.get(kind));
  }

  /** Kinds with at least one mined transaction. */
  public Set<TrafficKind> minedKinds() {
    return lastMined.keySet();
  }

  public long totalSent() {
    return sent.values().stream().mapToLong(Long::longValue).sum();
  }

  public long totalMined() {
    return mined.values().stream().mapToLong(Long::longValue).sum();
  }

  public long totalReverted() {
    return reverted.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Transactions the node refused to accept (never sent, so never mined). */
  public long refused() {
    return refused;
  }

  @Override
  public String toString() {
    return "TrafficStats{sent="
        + totalSent()
        + ", mined="
        + totalMined()
        + ", reverted="
        + totalReverted()
        + ", refused="
        + refused
        + ", minedByKind="
        + mined
        + "}";
  }

  private static Map<TrafficKind, Long> copy(Map<TrafficKind, Long> counts) {
    return counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
  }
}
