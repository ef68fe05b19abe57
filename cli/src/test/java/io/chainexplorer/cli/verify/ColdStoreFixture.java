package io.chainexplorer.cli.verify;

import static org.awaitility.Awaitility.await;

import io.chainexplorer.cli.CliRun;
import io.chainexplorer.enricher.EnricherApp;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.sink.converter.AvroConverter;
import io.chainexplorer.sink.hdfs.HdfsSinkConfig;
import io.chainexplorer.sink.hdfs.HdfsSinkConnector;
import io.chainexplorer.testsupport.AnvilEndpoint;
import io.chainexplorer.testsupport.ConnectEndpoint;
import io.chainexplorer.testsupport.HdfsEndpoint;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Builds a cold store the way production does: {@code chain-explorer backfill} publishes the raw
 * blocks, the real enricher derives the confirmed records, the real HDFS sink connector in a real
 * Connect worker writes them to HDFS (one record per file, so a test can alter or drop one).
 */
final class ColdStoreFixture {

  static final Duration PATIENCE = Duration.ofSeconds(120);

  private final String chain;
  private final String rootDir;
  private final KafkaEndpoint kafka;
  private final SchemaRegistryEndpoint registry;
  private final HdfsEndpoint hdfs;

  ColdStoreFixture(
      String chain, KafkaEndpoint kafka, SchemaRegistryEndpoint registry, HdfsEndpoint hdfs) {
    this.chain = chain;
    this.rootDir = "/cold/" + chain;
    this.kafka = kafka;
    this.registry = registry;
    this.hdfs = hdfs;
  }

  /** The sink's root directory on HDFS. */
  org.apache.hadoop.fs.Path root() {
    return hdfs.fileSystem().makeQualified(new org.apache.hadoop.fs.Path(rootDir));
  }

  /** The arguments every command of this chain takes: providers, Kafka, registry. */
  List<String> commonArgs(AnvilEndpoint anvil) {
    return List.of(
        "--rpc-url", anvil.rpcUrl().toString(),
        "-s", "chain.name=" + chain,
        "-s", "kafka.bootstrap.servers=" + kafka.bootstrapServers(),
        "-s", "schema.registry.url=" + registry.confluentApiUrl(),
        "-s", "metrics.port=0");
  }

  /** Backfills, enriches and sinks blocks {@code from..to}; returns when every row is in a file. */
  void produce(AnvilEndpoint anvil, ConnectEndpoint connect, Path stateDir, long from, long to)
      throws IOException {
    List<String> backfill = new java.util.ArrayList<>(List.of("backfill", "--from", "" + from));
    backfill.addAll(List.of("--to", "" + to));
    backfill.addAll(commonArgs(anvil));
    CliRun published = CliRun.of(backfill.toArray(String[]::new));
    if (published.exitCode() != 0) {
      throw new IllegalStateException("backfill failed: " + published.err());
    }
    TopicCatalogue topics = TopicCatalogue.forChain(chain);
    List<String> confirmed =
        List.of(
            topics.confirmedBlocks().name(),
            topics.confirmedTransactions().name(),
            topics.confirmedLogs().name(),
            topics.confirmedTokenTransfers().name(),
            topics.confirmedContracts().name());
    long blocks = to - from + 1;
    long rows;
    EnricherConfig config =
        EnricherConfig.minimal(
            chain, kafka.bootstrapServers(), registry.confluentApiUrl(), stateDir);
    try (EnricherApp enricher = EnricherApp.start(config, new SimpleMeterRegistry())) {
      kafka.awaitCommitted(confirmed.get(0), bytes(), bytes(), (int) blocks, PATIENCE);
      rows = confirmed.stream().mapToLong(t -> kafka.readCommitted(t, PATIENCE).size()).sum();
    }
    connect.createConnector("hdfs-sink-" + chain, connectorConfig(confirmed));
    connect.awaitConnectorRunning("hdfs-sink-" + chain, PATIENCE);
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> rowsInFiles() == rows);
    connect.deleteConnector("hdfs-sink-" + chain);
  }

  /**
   * The cold-store connector as the pipeline configures it (converters, read-committed, dead
   * letters), on MiniDFS, over {@code topics}, a file per record.
   */
  private Map<String, Object> connectorConfig(List<String> topics) {
    Map<String, Object> config = new HashMap<>();
    config.put("connector.class", HdfsSinkConnector.class.getName());
    config.put("tasks.max", "1");
    config.put("topics", String.join(",", topics));
    config.put("key.converter", StringConverter.class.getName());
    config.put("value.converter", AvroConverter.class.getName());
    config.put("value.converter." + SchemaRegistryClientConfig.URL, registry.confluentApiUrl());
    config.put("consumer.override.isolation.level", "read_committed");
    config.put(HdfsSinkConfig.HDFS_URL, hdfs.defaultFs().toString());
    config.put(HdfsSinkConfig.ROOT_DIR, rootDir);
    config.put(HdfsSinkConfig.CHAIN, chain);
    config.put(HdfsSinkConfig.FLUSH_SIZE, 1);
    config.put("errors.tolerance", "all");
    config.put(
        "errors.deadletterqueue.topic.name",
        TopicCatalogue.forChain(chain).deadLetters(App.HDFS_SINK).name());
    config.put("errors.deadletterqueue.topic.replication.factor", "1");
    config.put("errors.deadletterqueue.context.headers.enable", "true");
    return config;
  }

  /** Rows of every committed file under the root, from the Parquet footers. */
  long rowsInFiles() throws IOException {
    long rows = 0;
    if (!hdfs.fileSystem().exists(root())) {
      return rows;
    }
    RemoteIterator<LocatedFileStatus> files = hdfs.fileSystem().listFiles(root(), true);
    while (files.hasNext()) {
      org.apache.hadoop.fs.Path path = files.next().getPath();
      if (!path.toUri().getPath().contains("/_tmp/")) {
        try (ParquetFileReader reader =
            ParquetFileReader.open(HadoopInputFile.fromPath(path, hdfs.configuration()))) {
          rows += reader.getRecordCount();
        }
      }
    }
    return rows;
  }

  private static org.apache.kafka.common.serialization.ByteArrayDeserializer bytes() {
    return new org.apache.kafka.common.serialization.ByteArrayDeserializer();
  }
}
