package io.chainexplorer.enricher.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The raw-block topic of a {@link org.apache.kafka.streams.TopologyTestDriver} as a {@link
 * RawBlockSource}: every value piped into it, in order, so the index is the offset the driver gave.
 */
final class RecordedRawBlocks implements RawBlockSource {

  private final String topic;
  private final List<byte[]> values = new ArrayList<>();
  private int forgottenBelow;

  RecordedRawBlocks(String topic) {
    this.topic = topic;
  }

  /** Wraps the serializer of an input of the topic so that each piped value is recorded. */
  <T> Serializer<T> recording(Serializer<T> serializer) {
    return (name, value) -> {
      byte[] bytes = serializer.serialize(name, value);
      values.add(bytes);
      return bytes;
    };
  }

  /** Drops every record piped so far, as retention would. */
  void forgetAll() {
    forgottenBelow = values.size();
  }

  @Override
  public Optional<byte[]> read(String name, int partition, long offset) {
    if (!topic.equals(name) || partition != 0) {
      throw new IllegalArgumentException("not the raw-block topic: " + name + "-" + partition);
    }
    if (offset < forgottenBelow || offset >= values.size()) {
      return Optional.empty();
    }
    return Optional.ofNullable(values.get((int) offset));
  }
}
