package io.chainexplorer.devstack.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.serde.KafkaAvroDeserializer;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Writes topics as JSON lines, {@code <dir>/<topic>.jsonl}: one object per committed record, the
 * value's fields under the schema's names plus {@code key} (a JSON-valued topic's value goes under
 * {@code value}), in partition and offset order, up to the end offsets read at the start.
 */
public final class TopicExporter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration POLL = Duration.ofMillis(500);

  private final String bootstrapServers;
  private final String registryUrl;

  public TopicExporter(String bootstrapServers, String registryUrl) {
    this.bootstrapServers = bootstrapServers;
    this.registryUrl = registryUrl;
  }

  /** Exports each topic; returns the number of records written per topic, in the given order. */
  public Map<String, Long> export(List<TopicSpec<?, ?>> topics, Path dir) {
    Map<String, Long> counts = new LinkedHashMap<>();
    // one consumer and one deserializer for every topic: each new client costs a connection and
    // metadata, more than a small extraction's records take to read
    try (KafkaConsumer<byte[], byte[]> consumer = ReadCommitted.consumer(bootstrapServers);
        KafkaAvroDeserializer avro = avroDeserializer()) {
      Files.createDirectories(dir);
      for (TopicSpec<?, ?> topic : topics) {
        Path file = dir.resolve(topic.name() + ".jsonl");
        counts.put(topic.name(), export(consumer, avro, topic, file));
      }
      return counts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export to " + dir, e);
    }
  }

  private long export(
      KafkaConsumer<byte[], byte[]> consumer,
      KafkaAvroDeserializer avro,
      TopicSpec<?, ?> topic,
      Path file)
      throws IOException {
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .sorted((a, b) -> Integer.compare(a.partition(), b.partition()))
              .toList();
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      for (TopicPartition partition : partitions) {
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        long end = ends.get(partition);
        while (consumer.position(partition) < end) {
          for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
            if (record.offset() < end) {
              out.write(JSON.writeValueAsString(line(topic, avro, record)));
              out.newLine();
              written++;
            }
          }
        }
      }
    }
    return written;
  }

  private ObjectNode line(
      TopicSpec<?, ?> topic, KafkaAvroDeserializer avro, ConsumerRecord<byte[], byte[]> record) {
    ObjectNode line = JSON.createObjectNode();
    Object key = key(topic, record);
    line.set("key", JSON.valueToTree(key));
    if (record.value() == null) {
      return line;
    }
    if (topic.valueType() == String.class) {
      line.put("value", new String(record.value(), StandardCharsets.UTF_8));
      return line;
    }
    GenericRecord value =
        (GenericRecord)
            avro.deserialize(record.topic(), record.partition(), record.offset(), record.value());
    line.setAll(AvroJson.toJson(value));
    return line;
  }

  private static Object key(TopicSpec<?, ?> topic, ConsumerRecord<byte[], byte[]> record) {
    if (record.key() == null) {
      return null;
    }
    if (topic.keyType() == Long.class) {
      try (LongDeserializer longs = new LongDeserializer()) {
        return longs.deserialize(record.topic(), record.key());
      }
    }
    try (StringDeserializer strings = new StringDeserializer()) {
      return strings.deserialize(record.topic(), record.key());
    }
  }

  private KafkaAvroDeserializer avroDeserializer() {
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(
        Map.of(
            SchemaRegistryClientConfig.URL,
            registryUrl,
            SchemaRegistryClientConfig.SPECIFIC_AVRO_READER,
            "false"),
        false);
    return deserializer;
  }
}
