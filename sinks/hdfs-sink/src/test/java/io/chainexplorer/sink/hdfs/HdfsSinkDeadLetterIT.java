package io.chainexplorer.sink.hdfs;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.serde.KafkaAvroSerializer;
import io.chainexplorer.schemas.wire.FrameLocation;
import io.chainexplorer.schemas.wire.WireFormat;
import io.chainexplorer.sink.hdfs.ParquetFiles.ReadFile;
import io.chainexplorer.testsupport.records.HostilePayloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Frames declaring more bytes than they hold go to the connector's dead-letter topic and the rest
 * is written. Runs against a Connect worker in a child JVM of 256 MB, which the gigabyte such a
 * frame declares would overflow.
 */
class HdfsSinkDeadLetterIT extends HdfsSinkStack {

  private static final long BLOCK_TIME = Instant.parse("2024-03-09T12:00:00Z").getEpochSecond();

  @Test
  void shouldDeadLetterFramesDeclaringMoreThanTheyHoldAndWriteTheRest() throws Exception {
    String transactions = fixture.catalogue.confirmedTransactions().name();
    String dlq = "dlq-" + fixture.chain;
    fixture.start(
        List.of(transactions),
        Map.of(
            HdfsSinkConfig.FLUSH_SIZE,
            2,
            "errors.tolerance",
            "all",
            "errors.deadletterqueue.topic.name",
            dlq,
            "errors.deadletterqueue.topic.replication.factor",
            1));
    byte[] first =
        frame(transactions, SampleRecords.record(Transaction.getClassSchema(), 0, BLOCK_TIME));
    byte[] second =
        frame(transactions, SampleRecords.record(Transaction.getClassSchema(), 1, BLOCK_TIME));
    int id = WireFormat.schemaId(first, FrameLocation.ofTopic(transactions));
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerConfig())) {
      send(producer, transactions, "first", first);
      send(producer, transactions, "huge", WireFormat.frame(id, HostilePayloads.gigabyteString()));
      send(
          producer,
          transactions,
          "short",
          WireFormat.frame(id, HostilePayloads.stringLongerThanItsFrame()));
      send(producer, transactions, "second", second);
    }

    var dead = kafka.awaitCommitted(dlq, bytes(), bytes(), 2, PATIENCE);
    assertThat(dead)
        .extracting(record -> new String(record.key(), StandardCharsets.UTF_8))
        .containsExactlyInAnyOrder("huge", "short");
    List<ReadFile> files = awaitRows(2);
    assertThat(files).hasSize(1);
    assertThat(files.get(0).rows()).hasSize(2);
    assertThat(connect.taskState(fixture.connector, 0)).isEqualTo("RUNNING");
  }

  private byte[] frame(String topic, GenericRecord record) {
    try (KafkaAvroSerializer serializer = new KafkaAvroSerializer()) {
      serializer.configure(
          Map.of(SchemaRegistryClientConfig.URL, registry.confluentApiUrl()), false);
      return serializer.serialize(topic, record);
    }
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value)
      throws Exception {
    producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
  }

  private static ByteArrayDeserializer bytes() {
    return new ByteArrayDeserializer();
  }
}
