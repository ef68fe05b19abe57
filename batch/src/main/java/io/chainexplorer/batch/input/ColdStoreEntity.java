package io.chainexplorer.batch.input;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.spark.sql.types.StructType;

/**
 * The cold-store entities the views read: their directory (as the HDFS sink names it from the
 * schema), their record key (as the topic catalogue keys them) and the columns read.
 */
public enum ColdStoreEntity {
  BLOCK(
      Block.getClassSchema(),
      List.of("blockNumber"),
      List.of("gasUsed", "baseFeePerGas", "transactionCount", "miner")),
  TRANSACTION(
      Transaction.getClassSchema(),
      List.of("hash"),
      List.of(
          "from",
          "to",
          "value",
          "gasUsed",
          "feePaid",
          "status",
          "classification",
          "contractAddress")),
  TOKEN_TRANSFER(
      TokenTransfer.getClassSchema(),
      List.of("transactionHash", "logIndex", "batchIndex"),
      List.of("standard", "tokenAddress", "from", "to", "amount", "tokenId")),
  CONTRACT_CREATION(
      ContractCreation.getClassSchema(),
      List.of("address"),
      List.of("transactionHash", "creator", "createdByFactory")),
  LOG(
      Log.getClassSchema(),
      List.of("transactionHash", "logIndex"),
      List.of("transactionIndex", "address", "topics", "data")),
  /** The transactions again, with their calldata: read only by the views of contract calls. */
  CALL(Transaction.getClassSchema(), List.of("hash"), List.of("to", "status", "input"));

  private final String directory;
  private final List<String> key;
  private final StructType schema;

  ColdStoreEntity(Schema avro, List<String> key, List<String> columns) {
    // The sink's EntityName rule: io.chainexplorer.avro.TokenTransfer -> token-transfer.
    this.directory =
        avro.getName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", "-").toLowerCase(Locale.ROOT);
    this.key = key;
    this.schema = SparkColumns.of(avro, SparkColumns.COMMON, key, columns);
  }

  /** The entity's directory under {@code <root>/<chain>/}. */
  public String directory() {
    return directory;
  }

  /** The columns whose values identify a record, as its topic key does. */
  public List<String> key() {
    return key;
  }

  /** The explicit read schema: uint256 columns as bytes, since Spark refuses decimal(78,0). */
  public StructType schema() {
    return schema;
  }
}
