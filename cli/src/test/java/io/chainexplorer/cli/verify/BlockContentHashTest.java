package io.chainexplorer.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class BlockContentHashTest {

  private static final long BLOCK = 18_000_000L;
  private static final long TIME = 1_693_066_895L;

  @Test
  void shouldGiveTheSameHashWhateverOrderTheRecordsComeIn() {
    List<GenericRecord> records = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      records.add(SampleRecords.raw(Transaction.getClassSchema(), i, BLOCK, TIME));
      records.add(SampleRecords.raw(Log.getClassSchema(), i, BLOCK, TIME));
    }

    String forward = contentOf(records).hash();
    List<GenericRecord> reversed = new ArrayList<>(records);
    Collections.reverse(reversed);
    String backward = contentOf(reversed).hash();

    assertThat(forward).isEqualTo(backward).matches("[0-9a-f]{64}");
  }

  @Test
  void shouldChangeTheHashWhenOneFieldOfOneRecordChanges() {
    GenericData.Record tx = SampleRecords.raw(Transaction.getClassSchema(), 1, BLOCK, TIME);
    String before = contentOf(List.of(tx)).hash();

    GenericData.Record altered = new GenericData.Record(tx, true);
    altered.put("gasUsed", 21_001L);

    assertThat(contentOf(List.of(altered)).hash()).isNotEqualTo(before);
  }

  @Test
  void shouldChangeTheHashWhenARecordMovesToAnotherEntity() {
    GenericData.Record log = SampleRecords.raw(Log.getClassSchema(), 1, BLOCK, TIME);
    BlockContent asLog =
        BlockContent.builder(BLOCK).add(DerivedEntity.LOG, "k", new byte[] {1}).build();
    BlockContent asTransfer =
        BlockContent.builder(BLOCK).add(DerivedEntity.TOKEN_TRANSFER, "k", new byte[] {1}).build();

    assertThat(asLog.hash()).isNotEqualTo(asTransfer.hash());
    assertThat(contentOf(List.of(log)).hash())
        .isNotEqualTo(BlockContent.builder(BLOCK).build().hash());
  }

  @Test
  void shouldEncodeAGeneratedRecordAndItsRawFormReadFromAFileToTheSameBytes() {
    GenericData.Record raw = SampleRecords.raw(Transaction.getClassSchema(), 7, BLOCK, TIME);
    Transaction specific = SampleRecords.specific(raw);
    CanonicalEncoding encoding = CanonicalEncoding.of(DerivedEntity.TRANSACTION);

    assertThat(specific.getValue()).isInstanceOf(java.math.BigDecimal.class);
    assertThat(encoding.encode(specific)).isEqualTo(encoding.encode(raw));
  }

  @Test
  void shouldLeaveTheProvenanceFetchTimeOutOfTheContent() {
    Schema withProvenance = withProvenance(Transaction.getClassSchema());
    GenericData.Record plain = SampleRecords.raw(Transaction.getClassSchema(), 3, BLOCK, TIME);
    GenericData.Record fetchedEarly = SampleRecords.raw(withProvenance, 3, BLOCK, TIME);
    GenericData.Record fetchedLate = SampleRecords.raw(withProvenance, 3, BLOCK, TIME);
    ((GenericRecord) fetchedEarly.get("provenance")).put("fetchedAt", 1_000L);
    ((GenericRecord) fetchedLate.get("provenance")).put("fetchedAt", 2_000L);
    CanonicalEncoding encoding = CanonicalEncoding.of(DerivedEntity.TRANSACTION);

    assertThat(encoding.encode(fetchedEarly))
        .isEqualTo(encoding.encode(fetchedLate))
        .isEqualTo(encoding.encode(plain));
    assertThat(encoding.schema().getField("provenance")).isNull();
    assertThat(contentOf(List.of(fetchedEarly)).hash())
        .isEqualTo(contentOf(List.of(fetchedLate)).hash());
  }

  private static BlockContent contentOf(List<GenericRecord> records) {
    BlockContent.Builder content = BlockContent.builder(BLOCK);
    for (GenericRecord record : records) {
      DerivedEntity entity =
          record.getSchema().getName().equals("Log")
              ? DerivedEntity.LOG
              : DerivedEntity.TRANSACTION;
      content.add(entity, record);
    }
    return content.build();
  }

  /** The schema with a provenance record, as a later version carrying it into the cold layer. */
  private static Schema withProvenance(Schema schema) {
    Schema provenance =
        SchemaBuilder.record("TestProvenance")
            .namespace("io.chainexplorer.avro.test")
            .fields()
            .requiredString("providerAlias")
            .requiredLong("fetchedAt")
            .endRecord();
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field field : schema.getFields()) {
      fields.add(new Schema.Field(field, field.schema()));
    }
    fields.add(new Schema.Field("provenance", provenance, "where and when", null));
    return Schema.createRecord(
        schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
  }
}
