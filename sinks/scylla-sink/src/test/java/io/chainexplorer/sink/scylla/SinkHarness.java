package io.chainexplorer.sink.scylla;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.serde.KafkaAvroSerializer;
import io.chainexplorer.schemas.wire.FrameLocation;
import io.chainexplorer.schemas.wire.WireFormat;
import io.chainexplorer.sink.converter.AvroConverter;
import io.chainexplorer.testsupport.KafkaEndpoint;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.storage.StringConverter;

/** One test's topics, keyspace and connector name, with producing and querying shortcuts. */
final class SinkHarness implements AutoCloseable {

  final String id = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  final String keyspace = "ks_" + id;
  final String connector = "scylla-" + id;
  final String dlqTopic = id + ".dlq";
  private final KafkaEndpoint kafka;
  private final String registryUrl;
  private final KafkaProducer<String, Object> producer;
  private int produced;

  SinkHarness(KafkaEndpoint kafka, String registryUrl) {
    this.kafka = kafka;
    this.registryUrl = registryUrl;
    Map<String, Object> config = kafka.producerConfig();
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, KafkaAvroSerializer.class);
    config.put(SchemaRegistryClientConfig.URL, registryUrl);
    producer = new KafkaProducer<>(config);
  }

  /** Records {@link #produce} has sent so far, for tests that wait until a sink saw them all. */
  int produced() {
    return produced;
  }

  /** The topic of one entity in this test. */
  String topic(String entity) {
    return id + "." + entity;
  }

  List<String> topics() {
    List<String> topics = new ArrayList<>();
    for (String entity :
        List.of(
            "blocks",
            "transactions",
            "transfers",
            "calls",
            "events",
            "internal",
            "metrics",
            "tokens")) {
      topics.add(topic(entity));
    }
    return topics;
  }

  void createTopics() {
    topics().forEach(t -> kafka.createTopic(t, 1));
  }

  void produce(String entity, String key, SpecificRecord value) {
    try {
      producer.send(new ProducerRecord<>(topic(entity), key, value)).get();
      produced++;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Blocks 1 and 2, each with one transaction, transfer, call and event, two metrics and the
   * metadata of two tokens.
   */
  void produceTwoBlocks() {
    produceBlock(1, SampleRecords.hash("b1", 1), 0);
    produceBlock(2, SampleRecords.hash("b2", 2), 0);
    produce("metrics", "0", SampleRecords.metrics(0));
    produce("metrics", "1", SampleRecords.metrics(1));
    produce("tokens", SampleRecords.TOKEN, SampleRecords.token(1, SampleRecords.hash("b1", 1)));
    produce(
        "tokens",
        REVERTING,
        SampleRecords.revertingToken(REVERTING, 2, SampleRecords.hash("b2", 2)));
  }

  /** A token contract whose metadata calls reverted. */
  static final String REVERTING = "0x" + "9e".repeat(20);

  /**
   * A block with one transaction (index {@code txIndex}), its transfer, call, event and the token's
   * internal call to Bob.
   */
  void produceBlock(long number, String blockHash, long txIndex) {
    String tx = SampleRecords.hash("7a", number);
    produce("blocks", Long.toString(number), SampleRecords.block(number, blockHash));
    produce("transactions", tx, SampleRecords.transaction(tx, number, blockHash, txIndex));
    produce(
        "transfers",
        tx + ":" + txIndex + ":0",
        SampleRecords.transfer(tx, number, blockHash, txIndex));
    produce("calls", tx, SampleRecords.call(tx, number, blockHash));
    produce("events", tx + ":" + txIndex, SampleRecords.event(tx, number, blockHash, txIndex));
    produce("internal", tx + ":0", SampleRecords.internal(tx, number, blockHash, txIndex));
  }

  /** The schema id the registry gives {@code value}'s schema on the entity's topic. */
  int valueSchemaId(String entity, SpecificRecord value) {
    try (KafkaAvroSerializer serializer = new KafkaAvroSerializer()) {
      serializer.configure(Map.of(SchemaRegistryClientConfig.URL, registryUrl), false);
      byte[] frame = serializer.serialize(topic(entity), value);
      return WireFormat.schemaId(frame, FrameLocation.ofTopic(topic(entity)));
    }
  }

  /** Raw bytes that no Avro converter can read. */
  void produceRaw(String entity, String key, byte[] value) {
    Map<String, Object> config = kafka.producerConfig();
    try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(config)) {
      raw.send(new ProducerRecord<>(topic(entity), key.getBytes(), value)).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Map<String, String> connectorConfig(InetSocketAddress contactPoint, String localDc) {
    Map<String, String> config = new HashMap<>();
    config.put("connector.class", ScyllaSinkConnector.class.getName());
    config.put("tasks.max", "1");
    config.put("topics", String.join(",", topics()));
    config.put("key.converter", StringConverter.class.getName());
    config.put("value.converter", AvroConverter.class.getName());
    config.put("value.converter." + SchemaRegistryClientConfig.URL, registryUrl);
    config.put(
        ScyllaSinkConfig.CONTACT_POINTS,
        contactPoint.getHostString() + ":" + contactPoint.getPort());
    config.put(ScyllaSinkConfig.LOCAL_DATACENTER, localDc);
    config.put(ScyllaSinkConfig.KEYSPACE, keyspace);
    config.put(ScyllaSinkConfig.REPLICATION_CLASS, "SimpleStrategy");
    config.put(ScyllaSinkConfig.REPLICATION_FACTOR, "1");
    config.put(ScyllaSinkConfig.RETRY_BACKOFF_MS, "500");
    config.put(ScyllaSinkConfig.REQUEST_TIMEOUT_MS, "5000");
    config.put("errors.tolerance", "all");
    config.put("errors.deadletterqueue.topic.name", dlqTopic);
    config.put("errors.deadletterqueue.topic.replication.factor", "1");
    config.put("errors.deadletterqueue.context.headers.enable", "true");
    return config;
  }

  /** True once the connector's consumer group has committed the end of every topic. */
  boolean caughtUp() {
    try (Admin admin = kafka.admin()) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets("connect-" + connector)
              .partitionsToOffsetAndMetadata()
              .get();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      topics().forEach(t -> latest.put(new TopicPartition(t, 0), OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get();
      for (var end : ends.entrySet()) {
        OffsetAndMetadata offset = committed.get(end.getKey());
        long position = offset == null ? 0 : offset.offset();
        if (position < end.getValue().offset()) {
          return false;
        }
      }
      return true;
    } catch (ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static CqlSession session(InetSocketAddress contactPoint, String localDc) {
    return CqlSession.builder().addContactPoint(contactPoint).withLocalDatacenter(localDc).build();
  }

  /** Every row of every table of the keyspace, rendered, sorted: to compare whole states. */
  static List<String> dump(CqlSession session, String keyspace) {
    List<String> rows = new ArrayList<>();
    for (var table : io.chainexplorer.sink.scylla.mapping.Tables.ALL) {
      for (Row row : session.execute("SELECT * FROM " + keyspace + "." + table.name())) {
        rows.add(table.name() + " " + row.getFormattedContents());
      }
    }
    rows.sort(String::compareTo);
    return rows;
  }

  static Duration timeout() {
    return Duration.ofSeconds(90);
  }

  @Override
  public void close() {
    producer.close();
  }
}
