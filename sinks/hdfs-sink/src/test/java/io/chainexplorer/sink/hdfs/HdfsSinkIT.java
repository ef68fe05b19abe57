package io.chainexplorer.sink.hdfs;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.TokenMetadata;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.hdfs.ParquetFiles.ReadFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/** The connector in a real Connect worker, fed through the real registry, writing to MiniDFS. */
class HdfsSinkIT extends HdfsSinkStack {

  private static final long LATE_EVENING = Instant.parse("2024-03-09T23:40:00Z").getEpochSecond();
  private static final long AFTER_MIDNIGHT = Instant.parse("2024-03-10T00:05:00Z").getEpochSecond();

  @Test
  void shouldWriteEveryRecordOnceIntoBlockTimePartitionsAndRejectARetraction() throws Exception {
    String transactions = fixture.catalogue.confirmedTransactions().name();
    String blocks = fixture.catalogue.confirmedBlocks().name();
    String internal = fixture.catalogue.confirmedInternalTransactions().name();
    String tokens = fixture.catalogue.tokens().name();
    String dlq = "dlq-" + fixture.chain;
    fixture.start(
        List.of(transactions, blocks, internal, tokens),
        Map.of(
            HdfsSinkConfig.FLUSH_SIZE,
            5,
            HdfsSinkConfig.ROTATE_INTERVAL_MS,
            3000,
            "errors.tolerance",
            "all",
            "errors.deadletterqueue.topic.name",
            dlq,
            "errors.deadletterqueue.topic.replication.factor",
            1));
    List<GenericRecord> txs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      txs.add(
          SampleRecords.record(
              Transaction.getClassSchema(), i, i < 6 ? LATE_EVENING : AFTER_MIDNIGHT));
    }
    GenericRecord retraction = SampleRecords.record(Transaction.getClassSchema(), 99, LATE_EVENING);
    retraction.put("retracted", true);
    List<GenericRecord> produced = new ArrayList<>(txs.subList(0, 3));
    produced.add(retraction);
    produced.addAll(txs.subList(3, 12));
    fixture.produce(transactions, produced);
    List<GenericRecord> blockRecords =
        List.of(
            SampleRecords.record(Block.getClassSchema(), 1, LATE_EVENING),
            SampleRecords.record(Block.getClassSchema(), 2, AFTER_MIDNIGHT));
    fixture.produce(blocks, blockRecords);
    List<GenericRecord> frames = produced(internal, InternalTransaction.getClassSchema(), 2);
    List<GenericRecord> tokenRecords = produceTokens(tokens);

    List<ReadFile> files = awaitRows(18);

    assertThat(rowsOf(files, transactions)).isEqualTo(strings(txs));
    assertThat(rowsOf(files, blocks)).isEqualTo(strings(blockRecords));
    assertTokens(files, tokens, tokenRecords);
    assertThat(files)
        .allSatisfy(file -> assertThat(file.rows()).hasSize(rangeSize(file) - skipped(file)));
    assertThat(directories(files, transactions))
        .containsExactly(
            fixture.chain + "/transaction/date=2024-03-09/hour=23",
            fixture.chain + "/transaction/date=2024-03-10/hour=00");
    assertThat(directories(files, blocks))
        .containsExactly(
            fixture.chain + "/block/date=2024-03-09/hour=23",
            fixture.chain + "/block/date=2024-03-10/hour=00");
    assertThat(rowsOf(files, internal)).isEqualTo(strings(frames));
    assertThat(directories(files, internal))
        .containsExactly(fixture.chain + "/internal-transaction/date=2024-03-09/hour=23");
    assertThat(kafka.awaitCommitted(dlq, bytes(), bytes(), 1, PATIENCE)).hasSize(1);
    assertThat(ParquetFiles.all(hdfs.fileSystem(), new Path(fixture.root(), "_tmp")))
        .as("no temporary file once everything is committed")
        .isEmpty();
  }

  private List<GenericRecord> produceTokens(String tokens) {
    List<GenericRecord> records =
        List.of(
            SampleRecords.record(TokenMetadata.getClassSchema(), 3, LATE_EVENING),
            SampleRecords.record(TokenMetadata.getClassSchema(), 4, LATE_EVENING));
    fixture.produce(tokens, records);
    return records;
  }

  private void assertTokens(List<ReadFile> files, String tokens, List<GenericRecord> produced) {
    assertThat(rowsOf(files, tokens)).isEqualTo(strings(produced));
    assertThat(directories(files, tokens))
        .containsExactly(fixture.chain + "/token-metadata/date=2024-03-09/hour=23");
  }

  @Test
  void shouldStartANewFileWithTheNewFieldWhenTheSchemaGainsAnOptionalField() throws Exception {
    String transactions = fixture.catalogue.confirmedTransactions().name();
    fixture.start(
        List.of(transactions),
        Map.of(HdfsSinkConfig.FLUSH_SIZE, 100, HdfsSinkConfig.ROTATE_INTERVAL_MS, 3000));
    Schema evolved = withNote(Transaction.getClassSchema());
    List<GenericRecord> produced = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      produced.add(SampleRecords.record(Transaction.getClassSchema(), i, LATE_EVENING));
    }
    for (int i = 3; i < 6; i++) {
      GenericRecord record = SampleRecords.record(evolved, i, LATE_EVENING);
      record.put("note", "note-" + i);
      produced.add(record);
    }
    fixture.produce(transactions, produced);

    List<ReadFile> files = awaitRows(6);

    assertThat(files).hasSize(2);
    assertThat(files.get(0).schema().getField("note")).isNull();
    assertThat(files.get(0).rows()).hasSize(3);
    assertThat(files.get(1).schema().getField("note")).isNotNull();
    assertThat(files.get(1).rows())
        .extracting(row -> String.valueOf(row.get("note")))
        .containsExactly("note-3", "note-4", "note-5");
    assertThat(rowsOf(files, transactions)).isEqualTo(strings(produced));
  }

  /** {@code count} records of {@code schema} late in the evening, produced to {@code topic}. */
  private List<GenericRecord> produced(String topic, Schema schema, int count) {
    List<GenericRecord> records = lateEvening(schema, count);
    fixture.produce(topic, records);
    return records;
  }

  private static List<GenericRecord> lateEvening(Schema schema, int count) {
    List<GenericRecord> records = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      records.add(SampleRecords.record(schema, i, LATE_EVENING));
    }
    return records;
  }

  private static List<String> rowsOf(List<ReadFile> files, String topic) {
    return files.stream()
        .filter(f -> f.name().topicPartition().topic().equals(topic))
        .flatMap(f -> f.rows().stream())
        .map(GenericData.get()::toString)
        .toList();
  }

  private static List<String> strings(List<GenericRecord> records) {
    return records.stream().map(GenericData.get()::toString).toList();
  }

  private List<String> directories(List<ReadFile> files, String topic) {
    return files.stream()
        .filter(f -> f.name().topicPartition().topic().equals(topic))
        .map(f -> f.directoryUnder(fixture.root()))
        .distinct()
        .toList();
  }

  private static int rangeSize(ReadFile file) {
    return (int) (file.name().endOffset() - file.name().startOffset() + 1);
  }

  /** The retraction at offset 3 of the transactions topic is in no file. */
  private static int skipped(ReadFile file) {
    boolean transactions = file.name().topicPartition().topic().endsWith("transactions.v1");
    return transactions && file.name().startOffset() <= 3 && file.name().endOffset() >= 3 ? 1 : 0;
  }

  private static org.apache.kafka.common.serialization.ByteArrayDeserializer bytes() {
    return new org.apache.kafka.common.serialization.ByteArrayDeserializer();
  }

  private static Schema withNote(Schema schema) {
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field field : schema.getFields()) {
      fields.add(new Schema.Field(field, field.schema()));
    }
    fields.add(
        new Schema.Field(
            "note",
            SchemaBuilder.unionOf().nullType().and().stringType().endUnion(),
            "A field added later.",
            Schema.Field.NULL_DEFAULT_VALUE));
    return Schema.createRecord(
        schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
  }
}
