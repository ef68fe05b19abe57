package io.chainexplorer.enricher.mapping;

import static io.chainexplorer.enricher.mapping.RawFixtures.TRANSFER;
import static io.chainexplorer.enricher.mapping.RawFixtures.address;
import static io.chainexplorer.enricher.mapping.RawFixtures.block;
import static io.chainexplorer.enricher.mapping.RawFixtures.hash;
import static io.chainexplorer.enricher.mapping.RawFixtures.log;
import static io.chainexplorer.enricher.mapping.RawFixtures.receipt;
import static io.chainexplorer.enricher.mapping.RawFixtures.splitValid;
import static io.chainexplorer.enricher.mapping.RawFixtures.tx;
import static io.chainexplorer.enricher.mapping.RawFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.TransactionClassification;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSplitterTest {

  private static final String ERC20_LOG_DATA = word(5);

  @Test
  void shouldSplitAValidBlockIntoEveryEntity() {
    RawTransaction call = tx(0).setInput("0xa9059cbb").build();
    RawReceipt receipt =
        receipt(call)
            .setGasUsed(50_000)
            .setCumulativeGasUsed(50_000)
            .setLogs(List.of(log(0, address(3), ERC20_LOG_DATA, TRANSFER, word(1), word(2))))
            .build();

    SplitBlock split = splitValid(block(call, receipt));

    assertThat(split.block().getTransactionCount()).isEqualTo(1);
    assertThat(split.transactions())
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.getClassification())
                    .isEqualTo(TransactionClassification.CONTRACT_CALL));
    assertThat(split.logs()).extracting(LogMapper::key).containsExactly(call.getHash() + ":0");
    assertThat(split.tokenTransfers()).hasSize(1);
    assertThat(split.stats().transactionCount()).isEqualTo(1);
  }

  @Test
  void shouldRejectBlockWhenReceiptsCountDiffersFromTransactions() {
    RawTransaction first = tx(0).build();
    RawBlock raw = block(List.of(first, tx(1).build()), List.of(receipt(first).build()));

    assertThat(BlockSplitter.split(raw))
        .isInstanceOfSatisfying(
            InvalidBlock.class,
            invalid -> {
              assertThat(invalid.blockNumber()).isEqualTo(100);
              assertThat(invalid.reason())
                  .contains("block 100")
                  .contains("receipts count 1")
                  .contains("transactions count 2");
            });
  }

  @Test
  void shouldRejectBlockWhenReceiptTransactionHashDoesNotMatch() {
    RawTransaction tx = tx(0).build();
    RawReceipt receipt = receipt(tx).setTransactionHash(hash(42)).build();

    assertThat(reason(block(tx, receipt)))
        .contains("block 100")
        .contains("receipts[0].transactionHash");
  }

  @Test
  void shouldRejectBlockWhenLogIndexesDoNotIncreaseAcrossReceipts() {
    RawTransaction a = tx(0).setInput("0x01").build();
    RawTransaction b = tx(1).setInput("0x01").build();
    RawReceipt ra =
        receipt(a).setLogs(List.of(log(0, address(3), "0x"), log(1, address(3), "0x"))).build();
    RawReceipt rb = receipt(b).setLogs(List.of(log(1, address(3), "0x"))).build();

    assertThat(reason(block(List.of(a, b), List.of(ra, rb))))
        .contains("receipts[1].logs[0].logIndex");
  }

  @Test
  void shouldRejectBlockWhenAFailedReceiptCarriesLogs() {
    RawTransaction tx = tx(0).build();
    RawReceipt receipt =
        receipt(tx).setStatus(0L).setLogs(List.of(log(0, address(3), "0x"))).build();

    assertThat(reason(block(tx, receipt))).contains("receipts[0].").contains("failed");
  }

  @Test
  void shouldRejectBlockWhenATopicIsNotA32ByteWord() {
    RawTransaction tx = tx(0).build();
    RawReceipt receipt = receipt(tx).setLogs(List.of(log(0, address(3), "0x", "0x1234"))).build();

    assertThat(reason(block(tx, receipt))).contains("receipts[0].logs[0].topics");
  }

  @Test
  void shouldRejectBlockWhenAnAddressHasTheWrongShape() {
    RawTransaction tx = tx(0).setFrom("0xabc").build();

    assertThat(reason(block(tx, receipt(tx).build()))).contains("transactions[0].from");
  }

  @Test
  void shouldRejectBlockWhenLogDataIsNotHexBytes() {
    RawTransaction tx = tx(0).build();
    RawReceipt receipt = receipt(tx).setLogs(List.of(log(0, address(3), "0x123"))).build();

    assertThat(reason(block(tx, receipt))).contains("receipts[0].logs[0].data");
  }

  @Test
  void shouldRejectBlockWhenAFeeWouldNotFitUint256() {
    RawTransaction tx = tx(0).build();
    BigDecimal maxUint256 = new BigDecimal(BigInteger.TWO.pow(256).subtract(BigInteger.ONE));
    RawReceipt receipt = receipt(tx).setEffectiveGasPrice(maxUint256).build();

    assertThat(reason(block(tx, receipt))).contains("receipts[0].effectiveGasPrice");
  }

  @Test
  void shouldReturnInvalidBlockInsteadOfThrowingWhenAFieldIsUnexpectedlyNull() {
    RawTransaction tx = tx(0).build();
    RawBlock raw = block(tx, receipt(tx).build());
    raw.getReceipts().set(0, null);

    assertThat(reason(raw)).contains("block 100").contains("unexpected field shape");
    assertThat(BlockSplitter.split(null)).isInstanceOf(InvalidBlock.class);
  }

  @Test
  void shouldDeriveNoLogsNoTransfersAndNoContractWhenTheTransactionFailed() {
    RawTransaction creation = tx(0).setTo(null).setInput("0x6080").build();
    RawReceipt receipt = receipt(creation).setStatus(0L).setContractAddress(address(77)).build();

    SplitBlock split = splitValid(block(creation, receipt));

    assertThat(split.transactions())
        .singleElement()
        .satisfies(
            t -> assertThat(t.getClassification()).isEqualTo(TransactionClassification.FAILED));
    assertThat(split.logs()).isEmpty();
    assertThat(split.tokenTransfers()).isEmpty();
    assertThat(split.contracts()).isEmpty();
  }

  @Test
  void shouldCountMalformedTokenLogsAndKeepTheOtherEntities() {
    RawTransaction tx = tx(0).setInput("0x01").build();
    RawReceipt receipt =
        receipt(tx).setLogs(List.of(log(0, address(3), "0x", TRANSFER, word(1), word(2)))).build();

    SplitBlock split = splitValid(block(tx, receipt));

    assertThat(split.tokenTransfers()).isEmpty();
    assertThat(split.logs()).hasSize(1);
    assertThat(split.malformedTokenLogs())
        .singleElement()
        .asString()
        .startsWith(tx.getHash() + ":0");
  }

  @Test
  void shouldFlagEveryRecordRetractedWithTheSameKeysAndBlockHashWhenRetracting() {
    RawTransaction tx = tx(0).setTo(null).setInput("0x60").build();
    RawReceipt receipt =
        receipt(tx)
            .setContractAddress(address(77))
            .setLogs(List.of(log(0, address(77), ERC20_LOG_DATA, TRANSFER, word(0), word(2))))
            .build();
    SplitBlock live = splitValid(block(tx, receipt));

    SplitBlock retraction = live.asRetraction();

    assertThat(retraction.block().getRetracted()).isTrue();
    assertThat(retraction.transactions()).allSatisfy(t -> assertThat(t.getRetracted()).isTrue());
    assertThat(retraction.logs()).allSatisfy(l -> assertThat(l.getRetracted()).isTrue());
    assertThat(retraction.tokenTransfers())
        .hasSize(1)
        .allSatisfy(t -> assertThat(t.getRetracted()).isTrue());
    assertThat(retraction.contracts())
        .hasSize(1)
        .allSatisfy(c -> assertThat(c.getRetracted()).isTrue());
    assertThat(retraction.logs())
        .extracting(LogMapper::key)
        .isEqualTo(live.logs().stream().map(LogMapper::key).toList());
    assertThat(retraction.transactions().get(0).getBlockHash())
        .isEqualTo(live.block().getBlockHash());
    assertThat(live.block().getRetracted()).isFalse();
  }

  private static String reason(RawBlock raw) {
    SplitOutcome outcome = BlockSplitter.split(raw);
    assertThat(outcome).isInstanceOf(InvalidBlock.class);
    return ((InvalidBlock) outcome).reason();
  }
}
