package io.chainexplorer.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Connect records of the entities the ScyllaDB sink stores, shaped as the pipeline's AvroConverter
 * delivers them (named struct schemas, uint256 as Decimal scale 0), for the sink's own writer.
 */
final class HotRows {

  private static final Schema PARAMETER =
      SchemaBuilder.struct()
          .name("io.chainexplorer.avro.DecodedParameter")
          .field("name", Schema.STRING_SCHEMA)
          .field("type", Schema.STRING_SCHEMA)
          .field("indexed", Schema.BOOLEAN_SCHEMA)
          .field("value", Schema.STRING_SCHEMA)
          .build();

  private static long offset;

  private HotRows() {}

  static SinkRecord block(long number, String hash, Instant time) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("blockNumber", number);
    f.put("blockHash", hash);
    f.put("blockTimestamp", time.getEpochSecond());
    f.put("parentHash", Hex.hash("parent", number));
    f.put("miner", Hex.address("miner", 1));
    f.put("gasUsed", 21_000L * number);
    f.put("gasLimit", 30_000_000L);
    f.put("baseFeePerGas", BigInteger.valueOf(1_000_000_000L + number));
    f.put("transactionCount", 1L);
    f.put("size", 600L);
    f.put("extraData", "0x");
    return record("Block", Long.toString(number), f);
  }

  static SinkRecord transaction(
      String hash, long block, long index, String from, String to, Instant time) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("hash", hash);
    f.put("blockNumber", block);
    f.put("blockHash", Hex.hash("block", block));
    f.put("blockTimestamp", time.getEpochSecond());
    f.put("transactionIndex", index);
    f.put("type", 2L);
    f.put("nonce", index);
    f.put("from", from);
    f.put("to", to);
    f.put("value", new BigInteger("123456789012345678901234567890"));
    f.put("gas", 100_000L);
    f.put("gasPrice", BigInteger.valueOf(2_000_000_000L));
    f.put("effectiveGasPrice", BigInteger.valueOf(1_500_000_000L));
    f.put("gasUsed", 52_000L);
    f.put("feePaid", BigInteger.valueOf(78_000_000_000_000L));
    f.put("status", 1L);
    f.put("contractAddress", null);
    f.put("input", "0xa9059cbb");
    f.put("classification", "TOKEN_TRANSFER");
    return record("Transaction", hash, f);
  }

  /** A token of a standard; ERC721 and ERC1155 transfers carry a token id. */
  record Token(String address, String standard, BigInteger id) {}

  static SinkRecord tokenTransfer(
      String tx, long block, long logIndex, String token, String from, String to, Instant time) {
    return tokenTransfer(tx, block, logIndex, new Token(token, "ERC20", null), from, to, time);
  }

  static SinkRecord tokenTransfer(
      String tx, long block, long logIndex, Token token, String from, String to, Instant time) {
    String standard = token.standard();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("tokenAddress", token.address());
    f.put("blockNumber", block);
    f.put("logIndex", logIndex);
    f.put("batchIndex", 0L);
    f.put("transactionHash", tx);
    f.put("blockHash", Hex.hash("block", block));
    f.put("blockTimestamp", time.getEpochSecond());
    f.put("standard", standard);
    f.put("from", from);
    f.put("to", to);
    f.put("operator", null);
    f.put("amount", standard.equals("ERC721") ? null : BigInteger.TEN.pow(21));
    f.put("tokenId", token.id());
    return record("TokenTransfer", tx + "/" + logIndex, f);
  }

  /** One minute of the poller's chain metrics, as the metrics topic carries it. */
  static SinkRecord chainMetrics(Instant minute, long blocks, long txs, long gas, BigInteger fees) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("minuteStart", minute.toEpochMilli());
    f.put("blockCount", blocks);
    f.put("transactionCount", txs);
    f.put("gasUsed", gas);
    f.put("feesPaid", fees);
    f.put("meanBaseFeePerGas", BigInteger.valueOf(1_000_000_007L));
    f.put("distinctSenders", txs);
    return record("ChainMetrics", Long.toString(minute.toEpochMilli()), f);
  }

  static SinkRecord decodedCall(String tx, long block, String contract, Instant time) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("contractAddress", contract);
    f.put("blockNumber", block);
    f.put("transactionHash", tx);
    f.put("blockHash", Hex.hash("block", block));
    f.put("blockTimestamp", time.getEpochSecond());
    f.put("functionName", "transfer");
    f.put("signature", "transfer(address,uint256)");
    f.put("selector", "0xa9059cbb");
    f.put("parameters", List.of(parameter("to", "address", false, "\"0x01\"")));
    f.put("abiSource", "VERIFIED");
    return record("DecodedCall", tx, f);
  }

  static SinkRecord decodedEvent(
      String tx, long block, long logIndex, String contract, Instant time) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("contractAddress", contract);
    f.put("blockNumber", block);
    f.put("logIndex", logIndex);
    f.put("transactionHash", tx);
    f.put("blockHash", Hex.hash("block", block));
    f.put("blockTimestamp", time.getEpochSecond());
    f.put("eventName", "Transfer");
    f.put("signature", "Transfer(address,address,uint256)");
    f.put("topic0", "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    f.put("parameters", List.of(parameter("value", "uint256", false, "\"1000\"")));
    f.put("abiSource", "VERIFIED");
    return record("DecodedEvent", tx + "/" + logIndex, f);
  }

  static SinkRecord log(
      String tx, long block, long logIndex, String address, List<String> topics, Instant time) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("blockNumber", block);
    f.put("blockHash", Hex.hash("block", block));
    f.put("blockTimestamp", time.getEpochSecond());
    f.put("transactionHash", tx);
    f.put("transactionIndex", 0L);
    f.put("logIndex", logIndex);
    f.put("address", address);
    f.put("topics", topics);
    f.put("data", "0x00000000000000000000000000000000000000000000003635c9adc5dea00000");
    return record("Log", tx + ":" + logIndex, f);
  }

  private static Struct parameter(String name, String type, boolean indexed, String value) {
    return new Struct(PARAMETER)
        .put("name", name)
        .put("type", type)
        .put("indexed", indexed)
        .put("value", value);
  }

  /** A record whose schema follows the values' types; nulls are optional strings. */
  private static synchronized SinkRecord record(
      String entity, String key, Map<String, Object> fields) {
    SchemaBuilder builder = SchemaBuilder.struct().name("io.chainexplorer.avro." + entity);
    List<Object> values = new ArrayList<>();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      Object value = field.getValue();
      if (value instanceof Long) {
        builder.field(field.getKey(), Schema.OPTIONAL_INT64_SCHEMA);
      } else if (value instanceof BigInteger number) {
        builder.field(field.getKey(), Decimal.builder(0).optional().build());
        value = new BigDecimal(number);
      } else if (value instanceof List<?> list
          && list.stream().allMatch(String.class::isInstance)) {
        builder.field(field.getKey(), SchemaBuilder.array(Schema.STRING_SCHEMA).build());
      } else if (value instanceof List) {
        builder.field(field.getKey(), SchemaBuilder.array(PARAMETER).build());
      } else {
        builder.field(field.getKey(), Schema.OPTIONAL_STRING_SCHEMA);
      }
      values.add(value);
    }
    Schema schema = builder.build();
    Struct struct = new Struct(schema);
    int i = 0;
    for (String name : fields.keySet()) {
      struct.put(name, values.get(i++));
    }
    return new SinkRecord(entity, 0, Schema.STRING_SCHEMA, key, schema, struct, offset++);
  }
}
