package io.chainexplorer.enricher.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.TokenStandard;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.avro.TransactionClassification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mainnet block 18,000,000 (Erigon's recorded block and receipts). Expected figures were computed
 * from the recorded JSON independently of this code: Transfer logs by (topics, data words), fee sum
 * of gasUsed × effectiveGasPrice over the receipts, the one {@code to: null} transaction.
 */
class Block18000000Test {

  private static final String DIR = "erigon/block-18000000/";
  private static SplitBlock split;

  @BeforeAll
  static void splitBlock() {
    JsonNode block =
        CorpusBlocks.result(DIR + "eth_getBlockByNumber_0x112a880_true.response.json.gz");
    JsonNode receipts =
        CorpusBlocks.result(DIR + "eth_getBlockReceipts_0x112a880.response.json.gz");
    List<JsonNode> list = new ArrayList<>();
    receipts.forEach(list::add);
    SplitOutcome outcome = BlockSplitter.split(CorpusBlocks.rawBlock(block, list));
    assertThat(outcome).isInstanceOf(SplitBlock.class);
    split = (SplitBlock) outcome;
  }

  @Test
  void shouldYieldEveryTransactionAndLogWhenSplittingBlock18000000() {
    assertThat(split.block().getTransactionCount()).isEqualTo(94);
    assertThat(split.transactions()).hasSize(94);
    assertThat(split.logs()).hasSize(291);
    assertThat(split.block().getWithdrawals()).hasSize(16);
    assertThat(split.logs()).extracting(LogMapper::key).doesNotHaveDuplicates();
  }

  @Test
  void shouldYieldExactlyTheTransferDerivedTokenTransfersByStandard() {
    Map<TokenStandard, Long> byStandard = count(split.tokenTransfers(), TokenTransfer::getStandard);

    assertThat(byStandard)
        .containsOnly(Map.entry(TokenStandard.ERC20, 141L), Map.entry(TokenStandard.ERC721, 2L));
    assertThat(split.malformedTokenLogs()).isEmpty();
    assertThat(split.tokenTransfers())
        .filteredOn(t -> t.getStandard() == TokenStandard.ERC721)
        .allSatisfy(t -> assertThat(t.getAmount()).isNull())
        .allSatisfy(t -> assertThat(t.getTokenId()).isNotNull());
  }

  @Test
  void shouldSumFeesExactlyWhenAggregatingBlockStats() {
    BigDecimal fees =
        split.transactions().stream()
            .map(Transaction::getFeePaid)
            .reduce(BigDecimal.ZERO, BigDecimal::add);

    assertThat(fees).isEqualTo(new BigDecimal("383604366542520501"));
    assertThat(split.stats().feesPaid()).isEqualTo(new BigDecimal("383604366542520501"));
    assertThat(split.stats().transactionCount()).isEqualTo(94);
    assertThat(split.stats().gasUsed()).isEqualTo(16_247_211L);
    assertThat(split.stats().baseFeePerGas()).isEqualTo(new BigDecimal("21721091641"));
    assertThat(split.stats().senders()).hasSize(90);
    assertThat(split.stats().minuteStart()).isEqualTo(1_693_066_860_000L);
  }

  @Test
  void shouldClassifyEveryTransactionOfBlock18000000() {
    Map<TransactionClassification, Long> byClass =
        count(split.transactions(), Transaction::getClassification);

    assertThat(byClass)
        .containsOnly(
            Map.entry(TransactionClassification.CONTRACT_CALL, 70L),
            Map.entry(TransactionClassification.NATIVE_TRANSFER, 21L),
            Map.entry(TransactionClassification.FAILED, 2L),
            Map.entry(TransactionClassification.CONTRACT_CREATION, 1L));
  }

  @Test
  void shouldReportTheContractCreatedByTheBlocksCreationTransaction() {
    assertThat(split.contracts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getAddress()).isEqualTo("0x0a82fc64ecfd6669899857ae3bb4c85398721fdd");
              assertThat(c.getCreatedByFactory()).isFalse();
            });
  }

  private static <T, K> Map<K, Long> count(List<T> items, Function<T, K> key) {
    return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
