package io.chainexplorer.platform.kafka;

/**
 * How far one consumer group is behind on one partition: its committed offset (the partition's
 * start when it has none) against the last stable offset, which is what a read_committed reader can
 * reach.
 */
public record PartitionLag(String group, String topic, int partition, long committed, long end) {

  /** Records not yet consumed, never negative. */
  public long lag() {
    return Math.max(0, end - committed);
  }
}
