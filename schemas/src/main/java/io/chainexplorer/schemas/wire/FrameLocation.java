package io.chainexplorer.schemas.wire;

/**
 * Where a frame came from, for error messages: a topic and, when the caller knows them, a partition
 * and an offset (negative means unknown).
 */
public record FrameLocation(String topic, int partition, long offset) {

  /** Marks a partition or offset the Kafka API did not give. */
  public static final int UNKNOWN = -1;

  /** A frame of {@code topic} whose partition and offset are unknown (a Kafka deserializer). */
  public static FrameLocation ofTopic(String topic) {
    return new FrameLocation(topic, UNKNOWN, UNKNOWN);
  }

  /** A frame at a known record coordinate. */
  public static FrameLocation of(String topic, int partition, long offset) {
    return new FrameLocation(topic, partition, offset);
  }

  /** "topic 'blocks.raw' partition 3 offset 42", leaving out what is unknown. */
  public String describe() {
    StringBuilder text = new StringBuilder("topic '").append(topic).append('\'');
    if (partition >= 0) {
      text.append(" partition ").append(partition);
    }
    if (offset >= 0) {
      text.append(" offset ").append(offset);
    }
    return text.toString();
  }
}
