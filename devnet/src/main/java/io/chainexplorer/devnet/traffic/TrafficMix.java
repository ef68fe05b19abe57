package io.chainexplorer.devnet.traffic;

import io.chainexplorer.devnet.TrafficKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Picks the next kind by smooth weighted round-robin: over any run of {@code sum(weights)} picks
 * each kind comes exactly its weight's number of times, spread out rather than in bursts.
 */
public final class TrafficMix {

  private final Map<TrafficKind, Integer> weights = new EnumMap<>(TrafficKind.class);
  private final Map<TrafficKind, Long> current = new EnumMap<>(TrafficKind.class);
  private final long total;

  public TrafficMix(Map<TrafficKind, Integer> weights) {
    weights.forEach(
        (kind, weight) -> {
          if (weight > 0) {
            this.weights.put(kind, weight);
            this.current.put(kind, 0L);
          }
        });
    this.total = this.weights.values().stream().mapToLong(Integer::longValue).sum();
    if (total == 0) {
      throw new IllegalArgumentException("the traffic mix needs at least one kind with weight > 0");
    }
  }

  public TrafficKind next() {
    TrafficKind best = null;
    for (Map.Entry<TrafficKind, Integer> entry : weights.entrySet()) {
      long raised = current.merge(entry.getKey(), (long) entry.getValue(), Long::sum);
      if (best == null || raised > current.get(best)) {
        best = entry.getKey();
      }
    }
    current.merge(best, -total, Long::sum);
    return best;
  }
}
