package io.chainexplorer.cli.verify;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.schemas.topics.TopicKeys;
import io.chainexplorer.sink.hdfs.partition.EntityName;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * The entities the enricher derives from a block and the cold layer stores, in the fixed order of
 * the content hash; each names its record key exactly as the topic catalogue keys it.
 */
public enum DerivedEntity {
  BLOCK(Block.getClassSchema(), row -> text(row, "blockNumber"), split -> List.of(split.block())),
  TRANSACTION(Transaction.getClassSchema(), row -> text(row, "hash"), SplitBlock::transactions),
  LOG(
      Log.getClassSchema(),
      row -> TopicKeys.log(text(row, "transactionHash"), number(row, "logIndex")),
      SplitBlock::logs),
  TOKEN_TRANSFER(
      TokenTransfer.getClassSchema(),
      row ->
          TopicKeys.tokenTransfer(
              text(row, "transactionHash"), number(row, "logIndex"), number(row, "batchIndex")),
      SplitBlock::tokenTransfers),
  CONTRACT_CREATION(
      ContractCreation.getClassSchema(), row -> text(row, "address"), SplitBlock::contracts);

  private final Schema schema;
  private final String directory;
  private final Function<GenericRecord, String> key;
  private final Function<SplitBlock, List<? extends GenericRecord>> records;

  DerivedEntity(
      Schema schema,
      Function<GenericRecord, String> key,
      Function<SplitBlock, List<? extends GenericRecord>> records) {
    this.schema = schema;
    this.directory = EntityName.of(schema.getFullName());
    this.key = key;
    this.records = records;
  }

  /** The project's schema of the entity, the one its records are encoded with. */
  public Schema schema() {
    return schema;
  }

  /** The entity's directory in the cold store, as the HDFS sink names it ({@code log}). */
  public String directory() {
    return directory;
  }

  /** The topic key of a record of this entity, from a specific or a generic record. */
  public String keyOf(GenericRecord record) {
    return key.apply(record);
  }

  /** The records of this entity the enricher derives from {@code split}, in block order. */
  public List<? extends GenericRecord> recordsOf(SplitBlock split) {
    return records.apply(split);
  }

  private static String text(GenericRecord record, String field) {
    return String.valueOf(record.get(field));
  }

  private static long number(GenericRecord record, String field) {
    return ((Number) record.get(field)).longValue();
  }
}
