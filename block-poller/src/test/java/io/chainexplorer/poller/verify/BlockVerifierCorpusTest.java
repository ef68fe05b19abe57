package io.chainexplorer.poller.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTransaction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mainnet blocks recorded by third parties verify against the roots Ethereum put in them. */
class BlockVerifierCorpusTest {

  private final BlockVerifier verifier = new BlockVerifier();

  static Stream<Arguments> completeBlocks() {
    return Stream.of(
        Arguments.of("genesis", (Supplier<RawBlock>) CorpusBlocks::genesis),
        Arguments.of("483920 pre-Byzantium", (Supplier<RawBlock>) CorpusBlocks::block483920),
        Arguments.of("1755634 empty", (Supplier<RawBlock>) () -> CorpusBlocks.stream("0x1ac9f2")),
        Arguments.of("1755635", (Supplier<RawBlock>) () -> CorpusBlocks.stream("0x1ac9f3")),
        Arguments.of("18000000 Shanghai", (Supplier<RawBlock>) CorpusBlocks::block18M));
  }

  static Stream<Arguments> blocksWithoutReceipts() {
    return Stream.of(
        Arguments.of("47218 Frontier", (Supplier<RawBlock>) () -> CorpusBlocks.frontier("0xb872")),
        Arguments.of("47219 Frontier", (Supplier<RawBlock>) () -> CorpusBlocks.frontier("0xb873")),
        Arguments.of("16000003 London", (Supplier<RawBlock>) CorpusBlocks::london16M),
        Arguments.of("19900000 Cancun", (Supplier<RawBlock>) CorpusBlocks::cancun19_9M));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("completeBlocks")
  void shouldVerifyRecordedMainnetBlocks(String name, Supplier<RawBlock> block) {
    BlockVerificationReport report = verifier.verify(block.get());

    assertThat(report.mismatches()).isEmpty();
    assertThat(report.verified()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocksWithoutReceipts")
  void shouldVerifyHeaderAndTransactionsOfBlocksRecordedWithoutReceipts(
      String name, Supplier<RawBlock> block) {
    RawBlock raw = block.get();

    BlockVerificationReport report = verifier.verify(raw);

    assertThat(report.mismatches())
        .extracting(Mismatch::check)
        .doesNotContain(
            Check.BLOCK_HASH,
            Check.TRANSACTIONS_ROOT,
            Check.TRANSACTION_HASH,
            Check.WITHDRAWALS_ROOT,
            Check.UNCLES_HASH,
            Check.UNENCODABLE);
    if (!raw.getTransactions().isEmpty()) {
      assertThat(report.mismatches()).extracting(Mismatch::check).contains(Check.RECEIPTS_ROOT);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocksWithoutReceipts")
  void shouldRecomputeTheBlockHashOfEveryHeaderShape(String name, Supplier<RawBlock> block)
      throws Exception {
    RawBlock raw = block.get();

    assertThat(BlockVerifier.blockHash(raw)).isEqualTo(raw.getBlockHash());
  }

  @org.junit.jupiter.api.Test
  void shouldCoverBlobTransactionsInTheCancunBlock() {
    RawBlock block = CorpusBlocks.cancun19_9M();

    assertThat(block.getTransactions())
        .extracting(RawTransaction::getType)
        .contains(0L, 1L, 2L, 3L);
  }
}
