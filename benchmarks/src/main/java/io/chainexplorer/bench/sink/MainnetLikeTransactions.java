package io.chainexplorer.bench.sink;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.converter.AvroConnectData;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Transactions with mainnet-like entropy (random hashes and signatures, addresses from a pool of
 * 1000, calldata of varied length, sparse blooms), 150 per block, 12 s apart: what Parquet
 * compresses and what the hot tables partition by.
 */
final class MainnetLikeTransactions {

  private static final HexFormat HEX = HexFormat.of();
  private static final int PER_BLOCK = 150;

  private MainnetLikeTransactions() {}

  /** {@code count} raw Avro transactions (decimals as bytes), reproducible from {@code seed}. */
  static List<GenericRecord> generate(int count, long seed) {
    Random random = new Random(seed);
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      addresses.add(hex(random, 20));
    }
    List<GenericRecord> records = new ArrayList<>(count);
    String blockHash = hex(random, 32);
    long blockTime = 1_714_564_800L;
    for (int i = 0; i < count; i++) {
      if (i % PER_BLOCK == 0) {
        blockHash = hex(random, 32);
        blockTime += 12;
      }
      GenericRecord tx = new GenericData.Record(Transaction.getClassSchema());
      tx.put("blockNumber", 19_000_000L + i / PER_BLOCK);
      tx.put("blockHash", blockHash);
      tx.put("blockTimestamp", blockTime);
      tx.put("hash", hex(random, 32));
      tx.put("transactionIndex", (long) (i % PER_BLOCK));
      tx.put("type", 2L);
      tx.put("nonce", (long) random.nextInt(5_000));
      tx.put("from", addresses.get(random.nextInt(addresses.size())));
      tx.put("to", addresses.get(random.nextInt(addresses.size())));
      tx.put("value", amount(random, 80));
      tx.put("gas", 21_000L + random.nextInt(500_000));
      tx.put("maxFeePerGas", amount(random, 40));
      tx.put("maxPriorityFeePerGas", amount(random, 32));
      tx.put("input", hex(random, random.nextInt(5) == 0 ? 0 : 4 + random.nextInt(300)));
      tx.put("chainId", 1L);
      tx.put("r", hex(random, 32));
      tx.put("s", hex(random, 32));
      tx.put("yParity", (long) random.nextInt(2));
      tx.put("status", 1L);
      tx.put("gasUsed", 21_000L + random.nextInt(300_000));
      tx.put("cumulativeGasUsed", 1_000_000L + random.nextInt(20_000_000));
      tx.put("effectiveGasPrice", amount(random, 40));
      tx.put("logsBloom", bloom(random));
      tx.put("feePaid", amount(random, 60));
      tx.put(
          "classification",
          new GenericData.EnumSymbol(
              Transaction.getClassSchema().getField("classification").schema(), "CONTRACT_CALL"));
      tx.put("retracted", false);
      records.add(tx);
    }
    return records;
  }

  /** The records as the AvroConverter hands them to a task: one Struct each, offsets 0.. */
  static List<SinkRecord> asSinkRecords(String topic, List<GenericRecord> records) {
    AvroConnectData avro = new AvroConnectData();
    List<SinkRecord> sink = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      SchemaAndValue value = avro.toConnectData(Transaction.getClassSchema(), records.get(i));
      String key = records.get(i).get("hash").toString();
      sink.add(new SinkRecord(topic, 0, null, key, value.schema(), value.value(), i));
    }
    return sink;
  }

  private static String hex(Random random, int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return "0x" + HEX.formatHex(value);
  }

  private static String bloom(Random random) {
    byte[] bloom = new byte[256];
    for (int i = 0; i < 12; i++) {
      bloom[random.nextInt(bloom.length)] |= (byte) (1 << random.nextInt(8));
    }
    return "0x" + HEX.formatHex(bloom);
  }

  private static ByteBuffer amount(Random random, int bits) {
    return ByteBuffer.wrap(new BigInteger(bits, random).toByteArray());
  }
}
