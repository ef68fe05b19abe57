package io.chainexplorer.reliability.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.sink.scylla.mapping.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decoded calls and events of a store against those a hand-made chain implies. */
class DecodedTruthTest {

  private static final DecoderKnowledge ERC20 =
      new DecoderKnowledge().everywhere(DecodedOutputs.ERC20_ABI);

  private final List<RawBlock> blocks = DecodedOutputs.blocks(10, 12, 0);
  private final NodeChain chain = NodeChain.of(10, 12, blocks);

  private Map<String, Counts> topics(List<Observed> held) {
    return TruthChecker.compare(chain.decoded(ERC20, false), held);
  }

  private List<Observed> exact() {
    List<Observed> held = new ArrayList<>();
    for (RawBlock block : blocks) {
      held.add(DecodedRecord.of(DecodedOutputs.call(block)).inTopic());
      held.add(DecodedRecord.of(DecodedOutputs.event(block)).inTopic());
    }
    return held;
  }

  @Test
  void shouldExpectOneCallAndOneEventPerBlockAndBeCleanOnACorrectDecoder() {
    Map<String, Counts> counts = topics(exact());

    assertThat(counts.get(DecodedRecord.CALL)).isEqualTo(new Counts(3, 3, 0, 0, 0, 0));
    assertThat(counts.get(DecodedRecord.EVENT)).isEqualTo(new Counts(3, 3, 0, 0, 0, 0));
  }

  @Test
  void shouldExpectNothingFromADecoderThatKnowsNoneOfTheChainsSelectors() {
    DecoderKnowledge other =
        new DecoderKnowledge()
            .everywhere(
                "[{\"type\":\"function\",\"name\":\"attempt\",\"inputs\":[{\"type\":\"uint256\"}]}]");

    Map<String, Counts> counts = TruthChecker.compare(chain.decoded(other, false), exact());

    assertThat(counts.get(DecodedRecord.CALL).expected()).isZero();
    assertThat(counts.get(DecodedRecord.CALL).altered()).isEqualTo(3);
  }

  @Test
  void shouldCountMissingWhenADecodedCallIsAbsent() {
    List<Observed> held = exact();
    held.remove(0);

    assertThat(topics(held).get(DecodedRecord.CALL)).isEqualTo(new Counts(3, 2, 1, 0, 0, 0));
  }

  @Test
  void shouldCountDuplicatedWhenAnEventIsPublishedTwice() {
    List<Observed> held = exact();
    held.add(DecodedRecord.of(DecodedOutputs.event(blocks.get(1))).inTopic());

    assertThat(topics(held).get(DecodedRecord.EVENT)).isEqualTo(new Counts(3, 4, 0, 1, 0, 0));
  }

  @Test
  void shouldCountOrphanedWhenACallOfAnOrphanedBlockIsStillLive() {
    List<Observed> held = exact();
    RawBlock fork = DecodedOutputs.blocks(11, 11, 1).get(0);
    held.add(DecodedRecord.of(DecodedOutputs.call(fork)).inTopic());

    assertThat(topics(held).get(DecodedRecord.CALL)).isEqualTo(new Counts(3, 4, 0, 0, 1, 0));
  }

  @Test
  void shouldCountAlteredOnAWrongSignatureContractOrUnexpectedRecord() {
    List<Observed> held = exact();
    DecodedCall wrongSignature =
        DecodedCall.newBuilder(DecodedOutputs.call(blocks.get(0)))
            .setSignature("transfer(address,uint128)")
            .build();
    DecodedEvent wrongContract =
        DecodedEvent.newBuilder(DecodedOutputs.event(blocks.get(1)))
            .setContractAddress(Chains.address(78))
            .build();
    held.set(0, DecodedRecord.of(wrongSignature).inTopic());
    held.set(3, DecodedRecord.of(wrongContract).inTopic());
    DecodedEvent unexpected =
        DecodedEvent.newBuilder(DecodedOutputs.event(blocks.get(2))).setLogIndex(9).build();
    held.add(DecodedRecord.of(unexpected).inTopic());

    Map<String, Counts> counts = topics(held);

    assertThat(counts.get(DecodedRecord.CALL)).isEqualTo(new Counts(3, 3, 0, 0, 0, 1));
    assertThat(counts.get(DecodedRecord.EVENT)).isEqualTo(new Counts(3, 4, 0, 0, 0, 2));
  }

  @Test
  void shouldCompareTheDecodedTablesByPrimaryKeyAndTellAWrongSelectorFromAMissingRow() {
    ExpectedChain expected = chain.decoded(ERC20, true);
    List<Observed> rows = new ArrayList<>();
    for (RawBlock block : blocks) {
      rows.add(tableRow(DecodedOutputs.call(block)));
      rows.add(DecodedRecord.of(DecodedOutputs.event(block)).inTable());
    }
    assertThat(TruthChecker.compare(expected, rows).values()).allMatch(Counts::clean);

    DecodedCall wrongSelector =
        DecodedCall.newBuilder(DecodedOutputs.call(blocks.get(2)))
            .setSelector("0x23b872dd")
            .build();
    rows.set(4, tableRow(wrongSelector));
    rows.remove(1);
    Map<String, Counts> counts = TruthChecker.compare(expected, rows);

    assertThat(counts.get(Tables.DECODED_CALLS_BY_CONTRACT.name()).altered()).isEqualTo(1);
    assertThat(counts.get(Tables.DECODED_EVENTS_BY_CONTRACT.name()))
        .isEqualTo(new Counts(3, 2, 1, 0, 0, 0));
  }

  /** A table does not keep the parameters in a countable form: the checker ignores them there. */
  private static Observed tableRow(DecodedCall call) {
    DecodedRecord full = DecodedRecord.of(call);
    return new DecodedRecord(
            false,
            full.blockNumber(),
            full.blockHash(),
            full.blockTimestamp(),
            full.transactionHash(),
            -1,
            full.contractAddress(),
            full.name(),
            full.signature(),
            full.hash(),
            -1)
        .inTable();
  }
}
