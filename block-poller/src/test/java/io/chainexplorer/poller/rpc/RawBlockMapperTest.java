package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chainexplorer.avro.Authorization;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.VerificationResult;
import io.chainexplorer.avro.VerificationStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawBlockMapperTest {

  private static final Provenance PROVENANCE =
      Provenance.newBuilder()
          .setProviderAlias("corpus/erigon")
          .setFetchedAt(Instant.parse("2026-11-21T20:00:00Z"))
          .setChainId(1L)
          .setVerification(
              VerificationResult.newBuilder().setStatus(VerificationStatus.NOT_CHECKED).build())
          .build();

  private final RawBlockMapper mapper = new RawBlockMapper();

  @Test
  void shouldCarryEveryFieldOfMainnetBlock18000000AndItsReceipts() throws Exception {
    JsonNode block = Corpus.block18M();
    List<JsonNode> receipts = Corpus.receipts18M();

    RawBlock record = mapper.map(block, receipts, PROVENANCE);

    JsonRecordWalk walk = new JsonRecordWalk();
    walk.walkBlock(block, receipts, record);
    assertThat(record.getTransactions()).hasSize(94);
    assertThat(record.getReceipts().stream().mapToInt(r -> r.getLogs().size()).sum())
        .isEqualTo(291);
    assertThat(record.getWithdrawals()).hasSize(16);
    assertThat(record.getBaseFeePerGas()).isEqualByComparingTo(new BigDecimal("21721091641"));
    assertThat(walk.leaves()).isGreaterThan(5_000);
    assertThat(roundTrip(record)).isEqualTo(RawBlock.getEncoder().encode(record));
  }

  @Test
  void shouldCarryEveryFieldOfParityBlockWithPreByzantiumReceipts() throws Exception {
    JsonNode block = Corpus.etlBlock(Corpus.ETL_BLOCKS + "block_with_logs/", "0x76250");
    List<JsonNode> receipts = Corpus.etlReceipts(Corpus.ETL_RECEIPTS, block);

    RawBlock record = mapper.map(block, receipts, PROVENANCE);

    new JsonRecordWalk().walkBlock(block, receipts, record);
    assertThat(record.getReceipts()).allSatisfy(r -> assertThat(r.getStatus()).isNull());
    assertThat(record.getReceipts().get(0).getRoot())
        .isEqualTo("0x2ec017656e20275e92cbd1cdee9aeb43c1a090a5e217797da7c58dbf5be50e5b");
    assertThat(record.getReceipts().get(0).getFrom())
        .isEqualTo(record.getTransactions().get(0).getFrom());
    // ethereum-etl's expected_blocks.csv has the same total difficulty.
    assertThat(record.getTotalDifficulty())
        .isEqualByComparingTo(new BigDecimal("2571481026230204460"));
    assertThat(record.getTransactions()).allSatisfy(tx -> assertThat(tx.getType()).isZero());
  }

  @Test
  void shouldCarryEveryFieldOfGenesisAndEmptyHomesteadBlock() throws Exception {
    for (JsonNode block :
        List.of(
            Corpus.etlBlock(Corpus.ETL_BLOCKS + "block_without_transactions/", "0x0"),
            Corpus.etlBlock(Corpus.ETL_STREAM, "0x1ac9f2"))) {
      RawBlock record = mapper.map(block, List.of(), PROVENANCE);

      JsonRecordWalk walk = new JsonRecordWalk();
      walk.walkBlock(block, List.of(), record);
      assertThat(walk.leaves()).isGreaterThan(15);
    }
  }

  @Test
  void shouldCarryEveryFieldOfFrontierTransactions() throws Exception {
    String dir = Corpus.ETL_BLOCKS + "blocks_with_transactions/";
    for (String hex : List.of("0xb872", "0xb873")) {
      JsonNode block = Corpus.etlBlock(dir, hex);
      RawTransactionMapper txMapper = new RawTransactionMapper(new JsonFields(hex));
      for (int i = 0; i < block.get("transactions").size(); i++) {
        JsonNode tx = block.get("transactions").get(i);

        JsonRecordWalk walk = new JsonRecordWalk();
        walk.walkTransaction(block, tx, txMapper.map(tx, "transactions[" + i + "]"));
        assertThat(walk.leaves()).isGreaterThan(10);
      }
    }
  }

  @Test
  void shouldCarryEveryFieldOfStreamBlockWithReceipts() throws Exception {
    JsonNode block = Corpus.etlBlock(Corpus.ETL_STREAM, "0x1ac9f3");
    List<JsonNode> receipts = Corpus.etlReceipts(Corpus.ETL_STREAM, block);

    RawBlock record = mapper.map(block, receipts, PROVENANCE);

    new JsonRecordWalk().walkBlock(block, receipts, record);
    assertThat(record.getReceipts()).hasSize(2);
  }

  @Test
  void shouldCarryEveryHeaderAndTransactionFieldOfCancunBlock19900000() throws Exception {
    JsonNode block =
        Corpus.result(
            "erigon-rpc-tests/block-19900000/eth_getBlockByNumber_0x12fa660_true"
                + ".response.json");
    // The corpus has no receipts of this block: minimal ones stand in, the walk skips them.
    List<JsonNode> receipts = new ArrayList<>();
    for (JsonNode tx : block.get("transactions")) {
      receipts.add(minimalReceipt(tx));
    }

    RawBlock record = mapper.map(block, receipts, PROVENANCE);

    JsonRecordWalk walk = new JsonRecordWalk();
    walk.walkBlock(block, List.of(), recordWithoutReceipts(record));
    assertThat(record.getTransactions())
        .extracting(RawTransaction::getType)
        .contains(0L, 1L, 2L, 3L);
    assertThat(record.getBlobGasUsed()).isPositive();
    assertThat(record.getParentBeaconBlockRoot()).startsWith("0x");
    RawTransaction blob =
        record.getTransactions().stream().filter(t -> t.getType() == 3).findFirst().orElseThrow();
    assertThat(blob.getMaxFeePerBlobGas()).isEqualByComparingTo(new BigDecimal("1000000000"));
    assertThat(blob.getBlobVersionedHashes()).isNotEmpty();
  }

  @Test
  void shouldMapPragueSetCodeTransactionAndRequestsHash() throws Exception {
    ObjectNode block = Corpus.block18M().deepCopy();
    block.put("requestsHash", "0x" + "ab".repeat(32));
    ObjectNode tx = (ObjectNode) block.get("transactions").get(0);
    tx.put("type", "0x4");
    ObjectNode auth = tx.putArray("authorizationList").addObject();
    auth.put("chainId", "0x" + "f".repeat(64))
        .put("address", "0x" + "12".repeat(20))
        .put("nonce", "0x2a")
        .put("yParity", "0x1")
        .put("r", "0x1f")
        .put("s", "0x0abc");
    List<JsonNode> receipts = Corpus.receipts18M();
    ((ObjectNode) receipts.get(0)).put("type", "0x4");

    RawBlock record = mapper.map(block, receipts, PROVENANCE);

    new JsonRecordWalk().walkBlock(block, receipts, record);
    Authorization mapped = record.getTransactions().get(0).getAuthorizationList().get(0);
    assertThat(mapped.getChainId().toBigIntegerExact())
        .isEqualTo(BigInteger.TWO.pow(256).subtract(BigInteger.ONE));
    assertThat(mapped.getNonce()).isEqualTo(42L);
    assertThat(record.getRequestsHash()).isEqualTo("0x" + "ab".repeat(32));
  }

  @Test
  void shouldNameBlockAndFieldWhenAQuantityIsMalformed() {
    ObjectNode block = Corpus.block18M().deepCopy();
    ((ObjectNode) block.get("transactions").get(3)).put("gasPrice", "0xzz");

    assertThatThrownBy(() -> mapper.map(block, Corpus.receipts18M(), PROVENANCE))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessage(
            "block 18000000: field transactions[3].gasPrice is not a hex quantity of at"
                + " most 256 bits");
  }

  @Test
  void shouldRejectMissingRequiredFieldInsteadOfDefaulting() {
    ObjectNode block = Corpus.block18M().deepCopy();
    block.remove("stateRoot");

    assertThatThrownBy(() -> mapper.map(block, Corpus.receipts18M(), PROVENANCE))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("block 18000000: field stateRoot is missing");
  }

  @Test
  void shouldRejectQuantityBeyond64BitsInLongField() {
    ObjectNode block = Corpus.block18M().deepCopy();
    block.put("gasLimit", "0x10000000000000000");

    assertThatThrownBy(() -> mapper.map(block, Corpus.receipts18M(), PROVENANCE))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("field gasLimit exceeds a signed 64-bit quantity");
  }

  @Test
  void shouldRefuseATimestampNoStoreCanHoldBeforeItIsPublished() throws Exception {
    ObjectNode block = Corpus.block18M().deepCopy();
    block.put("timestamp", "0x3afff4417f"); // 9999-12-31T23:59:59Z: the last storable second
    assertThat(mapper.map(block, Corpus.receipts18M(), PROVENANCE).getBlockTimestamp())
        .isEqualTo(253_402_300_799L);

    block.put("timestamp", "0x3afff44180");

    assertThatThrownBy(() -> mapper.map(block, Corpus.receipts18M(), PROVENANCE))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("block 18000000: field timestamp is past 9999-12-31T23:59:59Z");
  }

  @Test
  void shouldRejectHashOfWrongLengthInALog() {
    List<JsonNode> receipts = Corpus.receipts18M();
    ObjectNode log = (ObjectNode) receipts.get(1).get("logs").get(0);
    ((ArrayNode) log.get("topics")).set(0, log.textNode("0x1234"));

    assertThatThrownBy(() -> mapper.map(Corpus.block18M(), receipts, PROVENANCE))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("field receipts[1].logs[0].topics[0] is not a 32-byte hash");
  }

  @Test
  void shouldKeepMaximalUint256ValueExactly() throws Exception {
    ObjectNode block = Corpus.block18M().deepCopy();
    String max = "0x" + "f".repeat(64);
    ((ObjectNode) block.get("transactions").get(0)).put("value", max);

    RawBlock record = mapper.map(block, Corpus.receipts18M(), PROVENANCE);

    BigInteger expected = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
    assertThat(record.getTransactions().get(0).getValue().toBigIntegerExact()).isEqualTo(expected);
    assertThat(roundTrip(record).remaining()).isPositive();
  }

  @Test
  void shouldRejectReceiptCountDifferentFromTransactions() {
    List<JsonNode> receipts = Corpus.receipts18M();

    assertThatThrownBy(() -> mapper.map(Corpus.block18M(), receipts.subList(0, 93), PROVENANCE))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("receipts has 93 entries for 94 transactions");
  }

  @Test
  void shouldRejectBlockFetchedWithTransactionHashesOnly() {
    ObjectNode block = Corpus.block18M().deepCopy();
    ArrayNode txs = (ArrayNode) block.get("transactions");
    txs.set(0, txs.get(0).get("hash"));

    assertThatThrownBy(() -> mapper.map(block, Corpus.receipts18M(), PROVENANCE))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("transactions[0] is not a transaction object");
  }

  private static JsonNode minimalReceipt(JsonNode tx) {
    ObjectNode receipt = Corpus.JSON.createObjectNode();
    receipt.set("transactionHash", tx.get("hash"));
    receipt.set("transactionIndex", tx.get("transactionIndex"));
    receipt.put("gasUsed", "0x0").put("cumulativeGasUsed", "0x0").put("logsBloom", "0x");
    receipt.putArray("logs");
    return receipt;
  }

  private static RawBlock recordWithoutReceipts(RawBlock record) {
    return RawBlock.newBuilder(record).setReceipts(List.of()).build();
  }

  private static ByteBuffer roundTrip(RawBlock record) throws Exception {
    ByteBuffer bytes = RawBlock.getEncoder().encode(record);
    return RawBlock.getEncoder().encode(RawBlock.getDecoder().decode(bytes));
  }
}
