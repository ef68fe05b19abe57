package io.chainexplorer.sink.hdfs;

import io.chainexplorer.sink.errors.ErrantRecords;
import io.chainexplorer.sink.errors.ErrorHandling;
import io.chainexplorer.sink.errors.TransientRetry;
import io.chainexplorer.sink.hdfs.metrics.HdfsSinkMetrics;
import io.chainexplorer.sink.hdfs.storage.HadoopConfigurations;
import io.chainexplorer.sink.hdfs.storage.HdfsStorage;
import io.chainexplorer.sink.hdfs.writer.HdfsWriter;
import io.chainexplorer.sink.hdfs.writer.ParquetRecord;
import io.chainexplorer.sink.hdfs.writer.ParquetRecordMapper;
import io.chainexplorer.sink.hdfs.writer.WriterSettings;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifecycle shell of the HDFS sink: maps records and hands them to {@link HdfsWriter}; reports only
 * offsets of committed files. Records that cannot be written go to the errant-record reporter; a
 * file-system failure (a namenode or datanode down) is transient: the open files are abandoned, the
 * partitions rewound to their committed files and the batch retried without limit, never
 * dead-lettered.
 */
public class HdfsSinkTask extends SinkTask {

  private static final Logger LOG = LoggerFactory.getLogger(HdfsSinkTask.class);

  private HdfsWriter writer;
  private ParquetRecordMapper mapper;
  private ErrantRecords errant;
  private HdfsSinkMetrics metrics;
  private TransientRetry retries;

  /**
   * Set when a failure rewound the partitions: Connect first redelivers the batch that failed, and
   * only then reads from the rewound offsets, so that copy is dropped and its records come again in
   * order.
   */
  private boolean rewound;

  @Override
  public String version() {
    return HdfsSinkConnector.VERSION;
  }

  @Override
  public void start(Map<String, String> props) {
    HdfsSinkConfig config = new HdfsSinkConfig(props);
    metrics = HdfsSinkMetrics.forConnector(props.getOrDefault("name", "unnamed"));
    WriterSettings settings =
        new WriterSettings(
            config.chain().value(),
            config.flushSize(),
            config.rotateBytes(),
            config.rotateInterval(),
            config.compression());
    try {
      HdfsStorage storage =
          HdfsStorage.open(
              config.hdfsUrl(),
              HadoopConfigurations.of(config.hdfsUrl(), config.hadoopConfDir()),
              config.rootDir());
      writer =
          new HdfsWriter(
              storage, settings, config.commitHook(), System::currentTimeMillis, metrics);
    } catch (IOException e) {
      throw new ConnectException("cannot open " + config.hdfsUrl(), e);
    }
    mapper = new ParquetRecordMapper(settings.chain());
    retries = TransientRetry.from(config, () -> {});
    errant = ErrantRecords.of(context, ErrorHandling.toleratesAll(props));
    ErrorHandling.warnIfRetriesAreBounded(props);
    LOG.info("HDFS sink task started: {} under {}", config.hdfsUrl(), config.rootDir());
  }

  @Override
  public void open(Collection<TopicPartition> partitions) {
    try {
      Map<TopicPartition, Long> resume = writer.open(partitions);
      context.offset(resume);
      rewound = false;
    } catch (IOException e) {
      throw new ConnectException("cannot recover the committed files of " + partitions, e);
    }
  }

  @Override
  public void put(Collection<SinkRecord> records) {
    if (rewound) {
      rewound = false;
      return;
    }
    metrics.recordsReceived(records.size());
    try {
      for (SinkRecord record : records) {
        ParquetRecord row = mapOrReport(record);
        if (row != null) {
          TopicPartition tp =
              new TopicPartition(record.originalTopic(), record.originalKafkaPartition());
          writer.write(tp, record.originalKafkaOffset(), row);
        }
      }
      // put() runs even when no record arrives, so idle files still rotate on time.
      writer.rotateDueFiles();
      retries.reset();
    } catch (IOException e) {
      metrics.fileSystemError();
      Map<TopicPartition, Long> resume = writer.rewind();
      // Records of the batch not reached yet come again too: the redelivered copy is dropped.
      for (SinkRecord record : records) {
        resume.merge(
            new TopicPartition(record.originalTopic(), record.originalKafkaPartition()),
            record.originalKafkaOffset(),
            Math::min);
      }
      context.offset(resume);
      rewound = true;
      LOG.warn("cannot write Parquet files, consuming again from the committed files {}", resume);
      throw retries.retry(context, records.size(), e);
    }
  }

  private ParquetRecord mapOrReport(SinkRecord record) {
    try {
      return mapper.map(record);
    } catch (DataException e) {
      metrics.recordError();
      if (errant.report(record, e)) {
        metrics.deadLettered();
      }
      return null;
    }
  }

  @Override
  public Map<TopicPartition, OffsetAndMetadata> preCommit(
      Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
    return writer.committedOffsets();
  }

  @Override
  public void close(Collection<TopicPartition> partitions) {
    if (writer != null) {
      writer.close(partitions);
    }
  }

  @Override
  public void stop() {
    if (writer != null) {
      writer.closeAll();
    }
  }
}
