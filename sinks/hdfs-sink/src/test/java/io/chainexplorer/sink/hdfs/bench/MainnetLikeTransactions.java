package io.chainexplorer.sink.hdfs.bench;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.sink.hdfs.SampleRecords;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.avro.generic.GenericRecord;

/**
 * Transactions with mainnet-like entropy (random hashes and signatures, addresses from a pool,
 * calldata of varied length, sparse blooms), 150 per block, 12 s apart: what Parquet compresses.
 */
final class MainnetLikeTransactions {

  private static final HexFormat HEX = HexFormat.of();
  private static final int PER_BLOCK = 150;

  private MainnetLikeTransactions() {}

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
      GenericRecord tx = SampleRecords.record(Transaction.getClassSchema(), i, blockTime);
      tx.put("blockNumber", 19_000_000L + i / PER_BLOCK);
      tx.put("blockHash", blockHash);
      tx.put("hash", hex(random, 32));
      tx.put("transactionIndex", (long) (i % PER_BLOCK));
      tx.put("from", addresses.get(random.nextInt(addresses.size())));
      tx.put("to", addresses.get(random.nextInt(addresses.size())));
      tx.put("input", hex(random, random.nextInt(5) == 0 ? 0 : 4 + random.nextInt(300)));
      tx.put("r", hex(random, 32));
      tx.put("s", hex(random, 32));
      tx.put("logsBloom", bloom(random));
      tx.put("value", amount(random, 80));
      tx.put("feePaid", amount(random, 60));
      tx.put("gas", 21_000L + random.nextInt(500_000));
      tx.put("gasUsed", 21_000L + random.nextInt(300_000));
      records.add(tx);
    }
    return records;
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
