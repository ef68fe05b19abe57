package io.chainexplorer.devnet.traffic;

import io.chainexplorer.devnet.TrafficKind;
import io.chainexplorer.devnet.TrafficStats;
import java.util.EnumMap;
import java.util.Map;

/** Thread-safe counts behind {@link TrafficStats}: written by the generator, read by anyone. */
public final class TrafficCounters {

  private final Map<TrafficKind, Long> sent = new EnumMap<>(TrafficKind.class);
  private final Map<TrafficKind, Long> mined = new EnumMap<>(TrafficKind.class);
  private final Map<TrafficKind, Long> reverted = new EnumMap<>(TrafficKind.class);
  private final Map<TrafficKind, String> lastMined = new EnumMap<>(TrafficKind.class);
  private long refused;

  public synchronized void sent(TrafficKind kind) {
    sent.merge(kind, 1L, Long::sum);
  }

  /** Counts a refusal; returns how many there have been. */
  public synchronized long refused() {
    return ++refused;
  }

  public synchronized void mined(TrafficKind kind, String transactionHash, boolean succeeded) {
    mined.merge(kind, 1L, Long::sum);
    if (!succeeded) {
      reverted.merge(kind, 1L, Long::sum);
    }
    lastMined.put(kind, transactionHash);
  }

  public synchronized TrafficStats snapshot() {
    return new TrafficStats(sent, mined, reverted, lastMined, refused);
  }
}
