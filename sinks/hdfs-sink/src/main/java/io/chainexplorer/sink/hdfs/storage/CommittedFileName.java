package io.chainexplorer.sink.hdfs.storage;

import java.util.Optional;
import org.apache.kafka.common.TopicPartition;

/**
 * The final name of a committed file, {@code <topic>+<partition>+<startOffset>+<endOffset>.parquet}
 * (offsets inclusive): the name alone says which records the file holds, so the files are the
 * record of what was committed. Kafka topic names cannot contain '+'.
 */
public record CommittedFileName(TopicPartition topicPartition, long startOffset, long endOffset) {

  public static final String EXTENSION = ".parquet";
  private static final String SEPARATOR = "+";

  public CommittedFileName {
    if (startOffset < 0 || endOffset < startOffset) {
      throw new IllegalArgumentException(
          "invalid offset range " + startOffset + ".." + endOffset + " of " + topicPartition);
    }
  }

  /** The glob matching every committed file of {@code tp}. */
  public static String globOf(TopicPartition tp) {
    return prefixOf(tp) + "*" + EXTENSION;
  }

  /** The file name. */
  public String fileName() {
    return prefixOf(topicPartition) + startOffset + SEPARATOR + endOffset + EXTENSION;
  }

  /** The committed file {@code fileName} names, or empty when it is not one. */
  public static Optional<CommittedFileName> parse(String fileName) {
    if (!fileName.endsWith(EXTENSION)) {
      return Optional.empty();
    }
    String[] parts = fileName.substring(0, fileName.length() - EXTENSION.length()).split("\\+", -1);
    if (parts.length != 4 || parts[0].isEmpty()) {
      return Optional.empty();
    }
    try {
      TopicPartition tp = new TopicPartition(parts[0], Integer.parseInt(parts[1]));
      return Optional.of(
          new CommittedFileName(tp, Long.parseLong(parts[2]), Long.parseLong(parts[3])));
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }

  private static String prefixOf(TopicPartition tp) {
    return tp.topic() + SEPARATOR + tp.partition() + SEPARATOR;
  }
}
