package io.chainexplorer.batch.bench;

import io.chainexplorer.batch.SinkFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Writes hours of a {@link MainnetDay} into a cold store with the HDFS sink's own mapper and writer
 * (sink defaults: files of at most 50,000 records, Snappy), committing every file at the end of
 * each hour as the sink's 10-minute rotation would. Hours must be written in order, once each.
 */
public final class ColdStoreDay implements AutoCloseable {

  /** The HDFS sink's default {@code flush.size}. */
  static final int FLUSH_SIZE = 50_000;

  private static final TopicPartition BLOCKS = SinkFiles.topic("blocks");
  private static final TopicPartition TRANSACTIONS = SinkFiles.topic("transactions");
  private static final TopicPartition LOGS = SinkFiles.topic("logs");
  private static final TopicPartition TRANSFERS = SinkFiles.topic("token-transfers");
  private static final TopicPartition CONTRACTS = SinkFiles.topic("contracts");

  private final MainnetDay day;
  private final SinkFiles sink;
  private Counts written = Counts.ZERO;

  /** A cold store under the local directory {@code root} (the sink's {@code root.dir}). */
  public ColdStoreDay(MainnetDay day, Path root) throws IOException {
    this.day = day;
    this.sink = new SinkFiles(URI.create("file:///"), root.toString(), FLUSH_SIZE);
  }

  /**
   * Writes hours {@code from} (inclusive) to {@code to} (exclusive) of the day, 24 and on: the
   * next.
   */
  public Counts writeHours(int from, int to) throws IOException {
    Counts counts = Counts.ZERO;
    for (int hour = from; hour < to; hour++) {
      for (int i = 0; i < MainnetDay.BLOCKS_PER_HOUR; i++) {
        GeneratedBlock block = day.block(hour * MainnetDay.BLOCKS_PER_HOUR + i);
        sink.write(BLOCKS, List.<GenericRecord>of(block.block()));
        sink.write(TRANSACTIONS, block.transactions());
        sink.write(LOGS, block.logs());
        sink.write(TRANSFERS, block.tokenTransfers());
        sink.write(CONTRACTS, block.contracts());
        counts = counts.plus(block);
      }
      sink.commitAll();
    }
    written = written.plus(counts);
    return counts;
  }

  /** Everything written so far. */
  public Counts written() {
    return written;
  }

  @Override
  public void close() {
    sink.close();
  }
}
