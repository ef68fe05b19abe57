package io.chainexplorer.sink.hdfs.writer;

import java.time.Duration;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * How files are written and when they rotate: after {@code flushSize} records, {@code rotateBytes}
 * bytes or {@code rotateInterval} of wall-clock age, whichever comes first.
 */
public record WriterSettings(
    String chain,
    int flushSize,
    long rotateBytes,
    Duration rotateInterval,
    CompressionCodecName compression) {

  /** Largest Parquet row group: a file is one row group unless it is allowed to grow past this. */
  static final long MAX_ROW_GROUP = 128L * 1024 * 1024;

  /**
   * Records between two size checks: asking Parquet for its buffered size walks every column, too
   * costly per record; a file overshoots {@code rotateBytes} by fewer records than this.
   */
  static final int SIZE_CHECK_INTERVAL = 64;

  /** Whether {@code file} is due for commit now. */
  boolean due(OpenFile file, long nowMillis) {
    return file.records() >= flushSize
        || (file.records() % SIZE_CHECK_INTERVAL == 0 && file.dataSize() >= rotateBytes)
        || file.ageMillis(nowMillis) >= rotateInterval.toMillis();
  }

  /** Row groups as large as a file may grow (capped), so each small file is one row group. */
  int rowGroupSize() {
    return (int) Math.min(rotateBytes, MAX_ROW_GROUP);
  }
}
