package io.chainexplorer.batch;

import static io.chainexplorer.batch.ColdStoreFixture.A;
import static io.chainexplorer.batch.ColdStoreFixture.B;
import static io.chainexplorer.batch.ColdStoreFixture.C;
import static io.chainexplorer.batch.ColdStoreFixture.D;
import static io.chainexplorer.batch.ColdStoreFixture.DAY1_10H;
import static io.chainexplorer.batch.ColdStoreFixture.DAY1_LAST;
import static io.chainexplorer.batch.ColdStoreFixture.DAY2_0H;
import static io.chainexplorer.batch.ColdStoreFixture.TWO_255;
import static io.chainexplorer.batch.ColdStoreFixture.ZERO;
import static io.chainexplorer.batch.ColdStoreFixture.address;
import static io.chainexplorer.batch.ColdStoreFixture.transfer;

import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Security tokens over two UTC days, written by the sink's code: tokens recognised by an event
 * (ERC-1643, ERC-1410) or by a call (ERC-3643, ERC-1404), a transfer before recognition, a failed
 * forced-transfer call, a look-alike event with the wrong number of topics, a log delivered twice;
 * and a late file recognising a token a day earlier.
 */
public final class SecurityTokenFixture {

  public static final String ST1 = address("5e1");
  public static final String ST2 = address("5e2");
  public static final String ST3 = address("5e3");
  public static final String ST4 = address("5e4");
  public static final String LOOKALIKE = address("5e5");
  public static final String PARTITION1 = word("a1");
  public static final String PARTITION2 = word("a2");

  static final String DOCUMENT_UPDATED =
      "0xb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f6";
  static final String CONTROLLER_TRANSFER =
      "0x6bf62b4b9c7b768275122bf70d429efc398a056d669b1efdf6c3976346246d7d";
  static final String TRANSFER_BY_PARTITION =
      "0xff4e9a26af4eb73b8bacfaa4abd4fea03d9448e7b912dc5ff4019048875aa2d4";
  static final String IDENTITY_REGISTRY_ADDED =
      "0xd2be862d755bca7e0d39772b2cab3a5578da9c285f69199f4c063c2294a7f36c";
  static final String FORCED_TRANSFER = "0x9fc1d0e7";
  static final String DETECT_TRANSFER_RESTRICTION = "0xd4ce1415";

  private SecurityTokenFixture() {}

  /** Writes the fixture under the local directory {@code root}, the sink's {@code root.dir}. */
  public static void write(Path root) throws IOException {
    try (Writer writer = open(root)) {
      writer.day1();
      writer.day2();
    }
  }

  /** A sink writing the fixture under {@code root} a step at a time, as the chain grows. */
  public static Writer open(Path root) throws IOException {
    return new Writer(new SinkFiles(URI.create("file:///"), root.toString()));
  }

  /** The sink's files, written and committed a step at a time. */
  public static final class Writer implements AutoCloseable {
    private static final TopicPartition LOGS = SinkFiles.topic("logs");
    private static final TopicPartition CALLS = SinkFiles.topic("transactions");
    private static final TopicPartition TRANSFERS = SinkFiles.topic("token-transfers");
    private final SinkFiles sink;

    private Writer(SinkFiles sink) {
      this.sink = sink;
    }

    /** The first day: ST1 and ST4 recognised by events, ST2 moving before it is recognised. */
    public void day1() throws IOException {
      GenericRecord document = log("s1", 0, DAY1_10H, ST1, DOCUMENT_UPDATED, word("d0c"));
      sink.write(
          LOGS,
          List.of(
              document,
              log("s2", 0, DAY1_10H, ST4, DOCUMENT_UPDATED, word("d0c")),
              log("s3", 0, DAY1_LAST, ST1, CONTROLLER_TRANSFER, word(A), word(B)),
              partitionLog("s4", 1, DAY1_LAST, PARTITION1, TWO_255),
              partitionLog("s4", 2, DAY1_LAST, PARTITION1, TWO_255.add(BigInteger.valueOf(5))),
              // Three topics: not ERC-1643's DocumentUpdated, recognises nothing.
              log("s5", 0, DAY1_10H, LOOKALIKE, DOCUMENT_UPDATED, word("d0c"), word("e"))));
      // Delivered twice: one document set.
      sink.write(LOGS, List.of(document));
      sink.write(CALLS, List.of(call("0xc4", DAY1_10H, LOOKALIKE, "0xa9059cbb", 1L)));
      sink.write(
          TRANSFERS,
          List.of(
              transfer("tu1:0:0", "ERC20", ST1, ZERO, A, BigInteger.TEN, null, DAY1_10H),
              transfer("tu1:1:0", "ERC20", ST1, A, B, BigInteger.ONE, null, DAY1_10H),
              transfer("tu2:0:0", "ERC20", ST1, B, ZERO, BigInteger.ONE, null, DAY1_LAST),
              // Before ST2 is recognised (block 102): not counted.
              transfer("tu3:0:0", "ERC20", ST2, A, C, BigInteger.TEN, null, DAY1_LAST),
              transfer("tu5:0:0", "ERC20", LOOKALIKE, A, B, BigInteger.ONE, null, DAY1_10H)));
      sink.commitAll();
    }

    /** The second day: ST2 and ST3 recognised by calls, a reverted forced transfer. */
    public void day2() throws IOException {
      sink.write(LOGS, List.of(partitionLog("s6", 0, DAY2_0H, PARTITION2, BigInteger.valueOf(7))));
      sink.write(
          CALLS,
          List.of(
              call("0xc1", DAY2_0H, ST2, FORCED_TRANSFER, 1L),
              call("0xc2", DAY2_0H, ST2, FORCED_TRANSFER, 0L),
              call("0xc3", DAY2_0H, ST3, DETECT_TRANSFER_RESTRICTION, 1L)));
      sink.write(
          TRANSFERS,
          List.of(
              transfer("tu4:0:0", "ERC20", ST1, A, C, BigInteger.ONE, null, DAY2_0H),
              transfer("tu4:1:0", "ERC20", ST2, C, D, BigInteger.ONE, null, DAY2_0H),
              // Never recognised (until the late file): not counted.
              transfer("tu7:0:0", "ERC20", LOOKALIKE, A, B, BigInteger.ONE, null, DAY2_0H)));
      sink.commitAll();
    }

    /**
     * A late file of the first day's last hour: ST2's identity registry set (recognising it a block
     * before its first transfer), a document set by the look-alike (recognising it, so that its
     * second day's transfer counts) and one more ST1 transfer.
     */
    public void late() throws IOException {
      sink.write(
          LOGS,
          List.of(
              log("s7", 0, DAY1_LAST, ST2, IDENTITY_REGISTRY_ADDED, word(D)),
              log("s8", 0, DAY1_LAST, LOOKALIKE, DOCUMENT_UPDATED, word("d0c"))));
      sink.write(
          TRANSFERS,
          List.of(transfer("tu6:0:0", "ERC20", ST1, A, D, BigInteger.TWO, null, DAY1_LAST)));
      sink.commitAll();
    }

    @Override
    public void close() {
      sink.close();
    }
  }

  private static GenericRecord partitionLog(
      String tx, long index, long time, String partition, BigInteger value) {
    String data = "0x" + word(A).substring(2) + word(value.toString(16)).substring(2);
    return logWithData(
        tx, index, time, ST1, TRANSFER_BY_PARTITION, data, partition, word(A), word(B));
  }

  private static GenericRecord log(
      String tx, long index, long time, String address, String topic0, String... topics) {
    return logWithData(tx, index, time, address, topic0, "0x", topics);
  }

  private static GenericRecord logWithData(
      String tx,
      long index,
      long time,
      String address,
      String topic0,
      String data,
      String... topics) {
    long block = block(time);
    List<String> all = new ArrayList<>(List.of(topic0));
    all.addAll(List.of(topics));
    return Records.of(
        Log.getClassSchema(),
        "blockNumber",
        block,
        "blockHash",
        ColdStoreFixture.hash(block),
        "blockTimestamp",
        time,
        "transactionHash",
        "0x" + tx,
        "logIndex",
        index,
        "address",
        address,
        "topics",
        all,
        "data",
        data);
  }

  private static GenericRecord call(
      String hash, long time, String to, String selector, long status) {
    long block = block(time);
    return Records.of(
        Transaction.getClassSchema(),
        "blockNumber",
        block,
        "blockHash",
        ColdStoreFixture.hash(block),
        "blockTimestamp",
        time,
        "hash",
        hash,
        "from",
        A,
        "to",
        to,
        "input",
        selector + word("1").substring(2),
        "status",
        status,
        "classification",
        "CONTRACT_CALL");
  }

  private static long block(long time) {
    return time == DAY1_10H ? 100 : time == DAY1_LAST ? 101 : 102;
  }

  /** A 32-byte word, 0x-hex, the hex digits right-aligned. */
  private static String word(String hex) {
    String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
    return "0x" + "0".repeat(64 - digits.length()) + digits;
  }
}
