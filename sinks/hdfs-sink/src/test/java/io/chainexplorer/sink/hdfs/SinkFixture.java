package io.chainexplorer.sink.hdfs;

import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.serde.KafkaAvroSerializer;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.sink.converter.AvroConverter;
import io.chainexplorer.testsupport.ConnectEndpoint;
import io.chainexplorer.testsupport.HdfsEndpoint;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.Path;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.storage.StringConverter;

/** One test's chain, topics, root directory and connector on the shared components. */
final class SinkFixture {

  final String chain =
      "it-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  final TopicCatalogue catalogue = TopicCatalogue.forChain(chain);
  final String connector = "hdfs-sink-" + chain;
  final String rootDir = "/it/" + chain;
  private final KafkaEndpoint kafka;
  private final SchemaRegistryEndpoint registry;
  private final ConnectEndpoint connect;
  private final HdfsEndpoint hdfs;

  SinkFixture(
      KafkaEndpoint kafka,
      SchemaRegistryEndpoint registry,
      ConnectEndpoint connect,
      HdfsEndpoint hdfs) {
    this.kafka = kafka;
    this.registry = registry;
    this.connect = connect;
    this.hdfs = hdfs;
  }

  /** The connector's configuration over {@code topics}, with {@code overrides} on top. */
  Map<String, Object> config(List<String> topics, Map<String, Object> overrides) {
    Map<String, Object> config = new HashMap<>();
    config.put("connector.class", HdfsSinkConnector.class.getName());
    config.put("tasks.max", 1);
    config.put("topics", String.join(",", topics));
    config.put("key.converter", StringConverter.class.getName());
    config.put("value.converter", AvroConverter.class.getName());
    config.put("value.converter." + SchemaRegistryClientConfig.URL, registry.confluentApiUrl());
    config.put(HdfsSinkConfig.HDFS_URL, hdfs.defaultFs().toString());
    config.put(HdfsSinkConfig.ROOT_DIR, rootDir);
    config.put(HdfsSinkConfig.CHAIN, chain);
    config.putAll(overrides);
    return config;
  }

  /** Creates the topics and starts the connector, waiting until its task runs. */
  void start(List<String> topics, Map<String, Object> overrides) {
    topics.forEach(topic -> kafka.createTopic(topic, 1));
    connect.createConnector(connector, config(topics, overrides));
    connect.awaitConnectorRunning(connector, Duration.ofSeconds(60));
  }

  /** Produces {@code records} to {@code topic} with the project's serde and the real registry. */
  void produce(String topic, List<GenericRecord> records) {
    Map<String, Object> config = kafka.producerConfig();
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, KafkaAvroSerializer.class);
    config.put(SchemaRegistryClientConfig.URL, registry.confluentApiUrl());
    try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config)) {
      for (int i = 0; i < records.size(); i++) {
        producer.send(new ProducerRecord<>(topic, "key-" + i, records.get(i)));
      }
    }
  }

  Path root() {
    return hdfs.fileSystem().makeQualified(new Path(rootDir));
  }

  Path tempDir(String topic) {
    return new Path(root(), "_tmp/" + topic + "+0");
  }

  void stop() {
    connect.deleteConnector(connector);
  }
}
