package io.chainexplorer.batch;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Two UTC days of a small chain written by the sink's code, with the traps the batch layer must
 * avoid: a record delivered twice, a retraction, a row whose block was retracted, an uncommitted
 * file and a stray file with a temporary name in a partition directory.
 */
public final class ColdStoreFixture {

  public static final String A = address("a");
  public static final String B = address("b");
  public static final String C = address("c");
  public static final String D = address("d");
  public static final String ZERO = address("0");
  public static final String TOKEN20 = address("20");
  public static final String TOKEN721 = address("721");
  public static final String TOKEN1155 = address("1155");

  public static final long DAY1_10H = Instant.parse("2024-05-01T10:00:00Z").getEpochSecond();
  public static final long DAY1_LAST = Instant.parse("2024-05-01T23:59:59Z").getEpochSecond();
  public static final long DAY2_0H = Instant.parse("2024-05-02T00:00:00Z").getEpochSecond();

  public static final BigInteger TWO_200 = BigInteger.TWO.pow(200);
  public static final BigInteger TWO_255 = BigInteger.TWO.pow(255);

  public static final String CHAIN = SinkFiles.CHAIN;
  private static final TopicPartition BLOCKS = SinkFiles.topic("blocks");
  private static final TopicPartition TRANSACTIONS = SinkFiles.topic("transactions");
  private static final TopicPartition TRANSFERS = SinkFiles.topic("token-transfers");
  private static final TopicPartition CONTRACTS = SinkFiles.topic("contracts");

  private ColdStoreFixture() {}

  /** Writes the fixture under the local directory {@code root}, the sink's {@code root.dir}. */
  public static void write(Path root) throws IOException {
    write(URI.create("file:///"), root.toString());
  }

  /** Writes the fixture under {@code root} of the file system at {@code fileSystem}. */
  public static void write(URI fileSystem, String root) throws IOException {
    try (SinkFiles sink = new SinkFiles(fileSystem, root)) {
      sink.write(
          BLOCKS,
          List.of(
              block(100, DAY1_10H, 21_000, TWO_200.add(BigInteger.ONE)),
              block(101, DAY1_LAST, 50_000, TWO_200.add(BigInteger.valueOf(4))),
              block(102, DAY2_0H, 30_000, null)));
      GenericRecord t1 = tx("t1", 100, DAY1_10H, A, B, TWO_255.subtract(BigInteger.ONE), "NATIVE");
      GenericRecord t5 = tx("t5", 101, DAY1_LAST, D, D, BigInteger.valueOf(1_000), "NATIVE");
      sink.write(
          TRANSACTIONS,
          List.of(
              t1,
              tx("t2", 100, DAY1_10H, A, null, BigInteger.TWO.pow(254), "CONTRACT_CREATION"),
              tx("t3", 101, DAY1_LAST, B, C, BigInteger.valueOf(5), "FAILED"),
              t5));
      // Its block orphaned: the retraction (same key, same block hash) removes t5.
      sink.writeRetraction(TRANSACTIONS, t5);
      // Delivered twice (a producer retry): one transaction.
      sink.write(TRANSACTIONS, List.of(t1));
      sink.write(
          TRANSACTIONS,
          List.of(tx("t4", 102, DAY2_0H, D, A, BigInteger.valueOf(7), "NATIVE_TRANSFER")));
      sink.write(
          CONTRACTS,
          List.of(
              creation(100, DAY1_10H, "0xt2", C, A, false),
              creation(102, DAY2_0H, "0xt4", TOKEN721, D, true)));
      sink.write(TRANSFERS, transfers());
      sink.commitAll();
      // Written but never committed: a crashed task's temporary file, and a copy of it under a
      // temporary name in the partition directory.
      sink.write(
          TRANSFERS,
          List.of(transfer("tx9:0:0", "ERC20", TOKEN20, A, B, BigInteger.TEN, null, DAY2_0H)));
      sink.abandon(TRANSFERS);
      sink.copyTemporaryFileInto(SinkFiles.CHAIN + "/token-transfer/date=2024-05-02/hour=00");
    }
  }

  private static List<GenericRecord> transfers() {
    BigInteger two128 = BigInteger.TWO.pow(128);
    return List.of(
        transfer("tx1:0:0", "ERC20", TOKEN20, ZERO, A, TWO_255, null, DAY1_10H),
        transfer(
            "tx1:1:0", "ERC20", TOKEN20, A, B, TWO_255.add(BigInteger.valueOf(3)), null, DAY1_10H),
        transfer("tx2:0:0", "ERC20", TOKEN20, B, ZERO, two128.add(BigInteger.ONE), null, DAY1_LAST),
        transfer("tx3:0:0", "ERC721", TOKEN721, A, B, null, BigInteger.ONE, DAY1_10H),
        transfer("tx3:1:0", "ERC721", TOKEN721, B, C, null, BigInteger.ONE, DAY1_10H),
        transfer("tx3:2:0", "ERC721", TOKEN721, ZERO, A, null, BigInteger.TWO, DAY1_LAST),
        transfer(
            "tx4:0:0", "ERC1155", TOKEN1155, A, B, BigInteger.TEN, BigInteger.valueOf(5), DAY1_10H),
        transfer(
            "tx4:0:1",
            "ERC1155",
            TOKEN1155,
            A,
            B,
            BigInteger.TWO.pow(130),
            BigInteger.valueOf(6),
            DAY1_10H),
        transfer("tx5:0:0", "ERC20", TOKEN20, A, C, BigInteger.ONE, null, DAY2_0H));
  }

  private static GenericRecord creation(
      long block, long time, String tx, String address, String creator, boolean byFactory) {
    return Records.of(
        ContractCreation.getClassSchema(),
        "blockNumber",
        block,
        "blockHash",
        hash(block),
        "blockTimestamp",
        time,
        "transactionHash",
        tx,
        "address",
        address,
        "creator",
        creator,
        "createdByFactory",
        byFactory);
  }

  private static GenericRecord block(long number, long time, long gasUsed, BigInteger baseFee) {
    return Records.of(
        Block.getClassSchema(),
        "blockNumber",
        number,
        "blockHash",
        hash(number),
        "blockTimestamp",
        time,
        "gasUsed",
        gasUsed,
        "baseFeePerGas",
        baseFee == null ? null : Records.uint256(baseFee));
  }

  private static GenericRecord tx(
      String hash, long block, long time, String from, String to, BigInteger fee, String kind) {
    return Records.of(
        Transaction.getClassSchema(),
        "blockNumber",
        block,
        "blockHash",
        hash(block),
        "blockTimestamp",
        time,
        "hash",
        "0x" + hash,
        "from",
        from,
        "to",
        to,
        "feePaid",
        fee,
        "status",
        "FAILED".equals(kind) ? 0L : 1L,
        "classification",
        kind.startsWith("NATIVE") ? "NATIVE_TRANSFER" : kind);
  }

  static GenericRecord transfer(
      String id,
      String standard,
      String token,
      String from,
      String to,
      BigInteger amount,
      BigInteger tokenId,
      long time) {
    // id: transaction:logIndex:batchIndex, as the topic key.
    String[] key = id.split(":");
    long block = time == DAY1_10H ? 100 : time == DAY1_LAST ? 101 : 102;
    return Records.of(
        TokenTransfer.getClassSchema(),
        "blockNumber",
        block,
        "blockHash",
        hash(block),
        "blockTimestamp",
        time,
        "transactionHash",
        "0x" + key[0],
        "logIndex",
        Long.parseLong(key[1]),
        "batchIndex",
        Long.parseLong(key[2]),
        "standard",
        standard,
        "tokenAddress",
        token,
        "from",
        from,
        "to",
        to,
        "amount",
        amount == null ? null : Records.uint256(amount),
        "tokenId",
        tokenId == null ? null : Records.uint256(tokenId));
  }

  static String hash(long block) {
    return "0xb" + block;
  }

  static String address(String suffix) {
    return "0x" + "0".repeat(40 - suffix.length()) + suffix;
  }
}
