package io.chainexplorer.reliability.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
import io.chainexplorer.cli.verify.DerivedEntity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The truth of a traced chain: block 1's transaction forwards value, creates a contract, and calls
 * a frame that fails after creating one of its own, which the failure undoes.
 */
class TracedChainTest {

  private static final String FACTORY = Chains.address(0xfa);
  private static final String CHILD = Chains.address(0xc1);
  private static final String UNDONE = Chains.address(0xc2);

  private final List<RawBlock> blocks = Chains.blocks(1, 2, 0);
  private final NodeChain chain =
      NodeChain.traced(1, 2, blocks, List.of(frames(blocks.get(0)), List.of()));

  @Test
  void shouldExpectOneInternalTransactionPerFrameKeyedByTraceAddress() {
    String tx = blocks.get(0).getTransactions().get(0).getHash();

    assertThat(chain.derived().records(InternalFrames.ENTITY))
        .containsOnlyKeys(tx + ":", tx + ":0", tx + ":1", tx + ":1.0");
  }

  @Test
  void shouldExpectFactoryContractsOfFramesThatTookEffectOnly() {
    String contracts = AvroRecords.entityName(DerivedEntity.CONTRACT_CREATION);

    assertThat(chain.derived().records(contracts)).containsKey(CHILD).doesNotContainKey(UNDONE);
  }

  @Test
  void shouldExpectTheRawBlockWithItsFramesAndTheirRowsInTheHotTables() {
    NodeChain untraced = NodeChain.of(1, 2, blocks);

    assertThat(chain.rawBlocks().records(AvroRecords.RAW_BLOCK).get("1").content())
        .isNotEqualTo(untraced.rawBlocks().records(AvroRecords.RAW_BLOCK).get("1").content());
    // a block traced into no frames carries an empty list, which is not "not traced"
    assertThat(chain.rawBlocks().records(AvroRecords.RAW_BLOCK).get("2").content())
        .isEqualTo(
            AvroRecords.rawBlock(RawBlock.newBuilder(blocks.get(1)).setTraces(List.of()).build())
                .content());
    assertThat(chain.hotRows().records("internal_transactions_by_tx")).hasSize(4);
    // below the top level: one caller's and one callee's row per frame, failed ones included
    assertThat(chain.hotRows().records("internal_transactions_by_address")).hasSize(6);
  }

  private static List<RawTrace> frames(RawBlock block) {
    String tx = block.getTransactions().get(0).getHash();
    String sender = block.getTransactions().get(0).getFrom();
    return List.of(
        frame(tx, List.of(), "call", sender, FACTORY, 5, null),
        frame(tx, List.of(0), "create", FACTORY, CHILD, 0, null),
        frame(tx, List.of(1), "call", FACTORY, Chains.address(0xbad), 2, "execution reverted"),
        frame(tx, List.of(1, 0), "create", Chains.address(0xbad), UNDONE, 0, null));
  }

  private static RawTrace frame(
      String tx,
      List<Integer> address,
      String type,
      String from,
      String to,
      long value,
      String err) {
    return RawTrace.newBuilder()
        .setTransactionHash(tx)
        .setTransactionIndex(0)
        .setTraceAddress(address)
        .setCallType(type)
        .setFrom(from)
        .setTo(to)
        .setValue(BigDecimal.valueOf(value))
        .setGas(50_000)
        .setGasUsed(1_000)
        .setInput("0x")
        .setError(err)
        .build();
  }
}
