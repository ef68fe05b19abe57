package io.chainexplorer.bench.sink;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.hdfs.metrics.HdfsSinkMetrics;
import io.chainexplorer.sink.hdfs.storage.HadoopConfigurations;
import io.chainexplorer.sink.hdfs.storage.HdfsStorage;
import io.chainexplorer.sink.hdfs.writer.CommitHook;
import io.chainexplorer.sink.hdfs.writer.HdfsWriter;
import io.chainexplorer.sink.hdfs.writer.ParquetRecordMapper;
import io.chainexplorer.sink.hdfs.writer.WriterSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * MB/s of Parquet written by the connector's writer (Struct to Avro, rotation, temp file, rename)
 * versus a bare parquet-avro writer of the same records in files of the same size, to the same file
 * system; rounds alternate the two so the machine's load hits both alike. The writer counts its
 * files in real meters, as in a worker. Arguments: {@code local|minidfs} [records per round]
 * [rounds].
 */
public final class HdfsSinkThroughput {

  private static final CompressionCodecName CODEC = CompressionCodecName.SNAPPY;
  private static final int FILES_PER_ROUND = 4;
  private static final int WARMUP_ROUNDS = 3;
  private static final double MB = 1024.0 * 1024.0;

  private final FileSystem fs;
  private final Path base;
  private final List<GenericRecord> records;
  private final List<SinkRecord> sinkRecords;
  private final HdfsSinkMetrics metrics =
      new HdfsSinkMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), "bench");
  private int run;

  /** Parquet bytes the last round wrote. */
  private long lastBytes;

  private HdfsSinkThroughput(FileSystem fs, Path base, int count) {
    this.fs = fs;
    this.base = base;
    this.records = MainnetLikeTransactions.generate(count, 42);
    this.sinkRecords = MainnetLikeTransactions.asSinkRecords("bench", records);
  }

  public static void main(String[] args) throws Exception {
    String target = args.length > 0 ? args[0] : "local";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    File dir = Files.createTempDirectory("hdfs-bench-").toFile();
    MiniDFSCluster cluster = null;
    FileSystem fs;
    if ("minidfs".equals(target)) {
      Configuration conf = new Configuration();
      conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.getAbsolutePath());
      cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
      cluster.waitActive();
      fs = cluster.getFileSystem();
    } else {
      fs = FileSystem.get(URI.create("file:///"), new Configuration());
    }
    try {
      new HdfsSinkThroughput(fs, fs.makeQualified(new Path(dir.getAbsolutePath(), "out")), count)
          .measure(target, rounds);
    } finally {
      if (cluster != null) {
        cluster.shutdown(true);
      }
    }
  }

  private void measure(String target, int rounds) throws IOException {
    double[] connector = new double[rounds];
    double[] bare = new double[rounds];
    double[] ratios = new double[rounds];
    long bytes = 0;
    for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
      boolean connectorFirst = (round & 1) == 0;
      double first = connectorFirst ? connectorRound() : bareRound();
      double second = connectorFirst ? bareRound() : connectorRound();
      if (round >= 0) {
        connector[round] = connectorFirst ? first : second;
        bare[round] = connectorFirst ? second : first;
        ratios[round] = connector[round] / bare[round];
      }
      bytes = lastBytes;
    }
    Arrays.sort(connector);
    Arrays.sort(bare);
    Arrays.sort(ratios);
    System.out.printf(
        "fs=%s records/round=%d files/round=%d parquet bytes/round=%d rounds=%d%n"
            + "connector MB/s median %.1f (quartiles %.1f-%.1f)%n"
            + "bare      MB/s median %.1f (quartiles %.1f-%.1f)%n"
            + "ratio connector/bare median %.3f (quartiles %.3f-%.3f)%n",
        target,
        records.size(),
        FILES_PER_ROUND,
        bytes,
        rounds,
        connector[rounds / 2],
        connector[rounds / 4],
        connector[3 * rounds / 4],
        bare[rounds / 2],
        bare[rounds / 4],
        bare[3 * rounds / 4],
        ratios[rounds / 2],
        ratios[rounds / 4],
        ratios[3 * rounds / 4]);
  }

  /** MB/s through HdfsWriter: mapping, rotation every records/FILES_PER_ROUND, rename. */
  private double connectorRound() throws IOException {
    Path root = new Path(base, "connector-" + run++);
    HdfsStorage storage =
        HdfsStorage.open(fs.getUri(), HadoopConfigurations.of(fs.getUri(), ""), root.toString());
    WriterSettings settings =
        new WriterSettings(
            "bench", records.size() / FILES_PER_ROUND, Long.MAX_VALUE, Duration.ofHours(1), CODEC);
    AtomicLong clock = new AtomicLong();
    ParquetRecordMapper mapper = new ParquetRecordMapper("bench");
    TopicPartition tp = new TopicPartition("bench", 0);
    long start = System.nanoTime();
    HdfsWriter writer = new HdfsWriter(storage, settings, CommitHook.NONE, clock::get, metrics);
    writer.open(List.of(tp));
    for (SinkRecord record : sinkRecords) {
      writer.write(tp, record.kafkaOffset(), mapper.map(record));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return throughput(root, seconds);
  }

  /** MB/s of a bare AvroParquetWriter writing the same Avro records in as many files. */
  private double bareRound() throws IOException {
    Path root = new Path(base, "bare-" + run++);
    int perFile = records.size() / FILES_PER_ROUND;
    long start = System.nanoTime();
    for (int file = 0; file < FILES_PER_ROUND; file++) {
      Path path = new Path(root, "part-" + file + ".parquet");
      try (ParquetWriter<GenericRecord> writer =
          AvroParquetWriter.<GenericRecord>builder(HadoopOutputFile.fromPath(path, fs.getConf()))
              .withSchema(Transaction.getClassSchema())
              .withDataModel(GenericData.get())
              .withConf(fs.getConf())
              .withCompressionCodec(CODEC)
              .build()) {
        for (GenericRecord record : records.subList(file * perFile, (file + 1) * perFile)) {
          writer.write(record);
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return throughput(root, seconds);
  }

  private double throughput(Path root, double seconds) throws IOException {
    lastBytes = fs.getContentSummary(root).getLength();
    fs.delete(root, true);
    return lastBytes / MB / seconds;
  }
}
