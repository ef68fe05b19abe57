package io.chainexplorer.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodeOutcome;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.avro.TransactionClassification;
import io.chainexplorer.cli.CliRun;
import io.chainexplorer.decoder.DecoderApp;
import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.registry.SchemaRegistryClient;
import io.chainexplorer.schemas.registry.SchemaRegistryClients;
import io.chainexplorer.schemas.serde.Subjects;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.wire.WireFormat;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import io.chainexplorer.testsupport.records.TopicRecords;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction written with a schema the registry did not have is dead-lettered by the decoder;
 * once the schema is registered (the fix), {@code dlq replay} sends it back and the decoder decodes
 * it once, though an earlier replay crashed with it sent and uncommitted, and a second replay sends
 * nothing.
 */
@ExtendWith({KafkaExtension.class, SchemaRegistryExtension.class})
class DlqReplayCommandIT {

  private static final String CHAIN = "eth-replay-it";
  private static final String TOKEN = "0x" + "70".repeat(20);
  private static final String TX = "0x" + "ab".repeat(32);
  private static final String TRANSFER =
      "0xa9059cbb" + "0".repeat(24) + "a1".repeat(20) + "0".repeat(63) + "a";

  @TempDir Path stateDir;

  @Test
  void shouldProcessAReplayedPoisonRecordOnceAfterItsSchemaIsRegistered(
      KafkaEndpoint kafka, SchemaRegistryEndpoint registry) throws Exception {
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    Map<String, Object> serdeConfig = Map.of("schema.registry.url", registry.confluentApiUrl());
    try (DecoderApp app = DecoderApp.start(config(kafka, registry), new SimpleMeterRegistry());
        TopicSerdes serdes = TopicSerdes.of(serdeConfig);
        SchemaRegistryClient client = SchemaRegistryClients.create(serdeConfig);
        KafkaProducer<byte[], byte[]> producer =
            new KafkaProducer<>(TopicRecords.idempotent(kafka))) {
      Awaitility.await().atMost(TopicRecords.TIMEOUT).until(app::isHealthy);
      Schema newer = newerTransactionSchema();
      int missing = deadLetterAPoisonTransaction(kafka, topics, serdes, client, producer, newer);
      String dlq = topics.deadLetters(App.CONTRACT_DECODER).name();

      // the fix: the writer's schema is registered, under the id the record names
      assertThat(client.register(Subjects.subject(topics.transactions().name(), false), newer))
          .isEqualTo(missing);
      // a replay that crashed after sending, before committing: the next one aborts its send
      KafkaProducer<byte[], byte[]> crashed = crashedReplay(kafka, topics, newer, missing);
      CliRun first = replay(kafka, registry);
      crashed.close(Duration.ZERO);
      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(first.out()).startsWith("replayed 1 dead letters of contract-decoder");

      var calls =
          TopicRecords.await(
              kafka,
              topics.decodedCalls().name(),
              serdes.key(topics.decodedCalls()),
              serdes.value(topics.decodedCalls()),
              1);
      assertThat(calls.get(0).key()).isEqualTo(TX);
      assertThat(calls.get(0).value().getOutcome()).isEqualTo(DecodeOutcome.DECODED);
      assertThat(calls.get(0).value().getFunctionName()).isEqualTo("transfer");

      CliRun second = replay(kafka, registry);
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(second.out()).startsWith("replayed 0 dead letters of contract-decoder");
      // the poison and its one replay: the crashed send was aborted, the second run sent nothing
      assertThat(kafka.readCommitted(topics.transactions().name(), TopicRecords.TIMEOUT))
          .hasSize(2);
      assertThat(
              kafka.readCommitted(
                  topics.decodedCalls().name(),
                  serdes.key(topics.decodedCalls()).deserializer(),
                  serdes.value(topics.decodedCalls()).deserializer(),
                  TopicRecords.TIMEOUT))
          .extracting(record -> ((DecodedCall) record.value()).getTransactionHash())
          .containsExactly(TX);
      assertThat(kafka.readCommitted(dlq, TopicRecords.TIMEOUT)).hasSize(1);
    }
  }

  private static CliRun replay(KafkaEndpoint kafka, SchemaRegistryEndpoint registry) {
    return CliRun.of(
        "dlq",
        "replay",
        "--app",
        "contract-decoder",
        "--set",
        "chain.name=" + CHAIN,
        "--set",
        "kafka.bootstrap.servers=" + kafka.bootstrapServers(),
        "--set",
        "schema.registry.url=" + registry.confluentApiUrl());
  }

  /** A replay's producer that sent the poison again and stopped before committing. */
  private static KafkaProducer<byte[], byte[]> crashedReplay(
      KafkaEndpoint kafka, TopicCatalogue topics, Schema newer, int id) throws Exception {
    KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(
            TopicRecords.transactional(kafka, "dlq-replay-" + CHAIN + "-contract-decoder"));
    producer.initTransactions();
    producer.beginTransaction();
    producer
        .send(
            new ProducerRecord<>(
                topics.transactions().name(),
                TX.getBytes(StandardCharsets.UTF_8),
                WireFormat.frame(id, avro(newer, transaction(newer)))))
        .get();
    return producer;
  }

  /**
   * Writes a transaction framed with the id the registry gives next, so the decoder cannot read it,
   * and waits for its dead letter; returns that id.
   */
  private static int deadLetterAPoisonTransaction(
      KafkaEndpoint kafka,
      TopicCatalogue topics,
      TopicSerdes serdes,
      SchemaRegistryClient client,
      KafkaProducer<byte[], byte[]> producer,
      Schema newer)
      throws Exception {
    // the dead letter's own schema first, so that the only schema registered later is the fix
    String dlq = topics.deadLetters(App.CONTRACT_DECODER).name();
    serdes.value(topics.deadLetters(App.CONTRACT_DECODER)).serializer().serialize(dlq, letter());
    Schema probe =
        Schema.createRecord("Probe" + System.nanoTime(), null, "io.chainexplorer.it", false);
    probe.setFields(java.util.List.of());
    int missing = client.register("replay-it-probe-value", probe) + 1;
    producer
        .send(
            new ProducerRecord<>(
                topics.transactions().name(),
                TX.getBytes(StandardCharsets.UTF_8),
                WireFormat.frame(missing, avro(newer, transaction(newer)))))
        .get();
    TopicRecords.await(
        kafka,
        dlq,
        serdes.key(topics.deadLetters(App.CONTRACT_DECODER)),
        serdes.value(topics.deadLetters(App.CONTRACT_DECODER)),
        1);
    return missing;
  }

  /** The transaction schema with one more field, as a newer writer would have it. */
  private static Schema newerTransactionSchema() {
    Schema current = Transaction.getClassSchema();
    java.util.List<Schema.Field> fields = new java.util.ArrayList<>();
    for (Schema.Field field : current.getFields()) {
      fields.add(new Schema.Field(field, field.schema()));
    }
    fields.add(
        new Schema.Field(
            "replayNote",
            Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
            "A field only the newer writer has.",
            Schema.Field.NULL_DEFAULT_VALUE));
    return Schema.createRecord(
        current.getName(), current.getDoc(), current.getNamespace(), false, fields);
  }

  private static GenericRecord transaction(Schema newer) {
    Transaction tx =
        Transaction.newBuilder()
            .setBlockNumber(100)
            .setBlockHash("0x" + "b1".repeat(32))
            .setBlockTimestamp(1_763_726_400L)
            .setHash(TX)
            .setTransactionIndex(0)
            .setType(2)
            .setNonce(0)
            .setFrom("0x" + "f0".repeat(20))
            .setTo(TOKEN)
            .setValue(BigDecimal.ZERO)
            .setGas(100_000)
            .setInput(TRANSFER)
            .setR("0x01")
            .setS("0x02")
            .setStatus(1L)
            .setGasUsed(50_000)
            .setCumulativeGasUsed(50_000)
            .setLogsBloom("0x" + "00".repeat(256))
            .setFeePaid(BigDecimal.ONE)
            .setClassification(TransactionClassification.CONTRACT_CALL)
            .build();
    GenericData.Record record = new GenericData.Record(newer);
    for (Schema.Field field : Transaction.getClassSchema().getFields()) {
      record.put(field.name(), tx.get(field.pos()));
    }
    record.put("replayNote", "from a newer writer");
    return record;
  }

  private static byte[] avro(Schema schema, GenericRecord record) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    GenericData data = new GenericData();
    data.addLogicalTypeConversion(new org.apache.avro.Conversions.DecimalConversion());
    new GenericDatumWriter<GenericRecord>(schema, data).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static DeadLetter letter() {
    return DeadLetter.newBuilder()
        .setApp("replay-it")
        .setSourceTopic("none")
        .setPartition(0)
        .setOffset(0)
        .setReason("schema warm-up")
        .setErrorClass("none")
        .setFailedAt(Instant.EPOCH)
        .build();
  }

  private DecoderConfig config(KafkaEndpoint kafka, SchemaRegistryEndpoint registry) {
    return new DecoderConfig(
        Map.of(
            "chain.name", CHAIN,
            "kafka.bootstrap.servers", kafka.bootstrapServers(),
            "schema.registry.url", registry.confluentApiUrl(),
            "state.dir", stateDir.toString()));
  }
}
