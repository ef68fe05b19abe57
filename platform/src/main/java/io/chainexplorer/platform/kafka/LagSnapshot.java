package io.chainexplorer.platform.kafka;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The lag of every watched group and partition at one moment. */
public record LagSnapshot(List<PartitionLag> partitions) {

  public LagSnapshot {
    partitions = List.copyOf(partitions);
  }

  /** Records behind, over every group and partition. */
  public long total() {
    return partitions.stream().mapToLong(PartitionLag::lag).sum();
  }

  /** Records behind per group, groups sorted by name. */
  public Map<String, Long> byGroup() {
    Map<String, Long> groups = new TreeMap<>();
    partitions.forEach(p -> groups.merge(p.group(), p.lag(), Long::sum));
    return groups;
  }

  /** True when every watched partition is consumed up to its end. */
  public boolean caughtUp() {
    return partitions.stream().allMatch(p -> p.lag() == 0);
  }
}
