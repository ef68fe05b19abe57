package io.chainexplorer.reliability.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.cli.verify.DerivedEntity;
import io.chainexplorer.enricher.mapping.SplitBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeChainTest {

  private final NodeChain chain = NodeChain.of(1, 3, Chains.blocks(1, 3, 0));

  private static List<Observed> all(ExpectedChain expected) {
    List<Observed> records = new ArrayList<>();
    for (String entity : expected.entities()) {
      records.addAll(expected.records(entity).values());
    }
    return records;
  }

  private static List<Observed> derivedOf(SplitBlock split) {
    List<Observed> records = new ArrayList<>();
    for (DerivedEntity entity : DerivedEntity.values()) {
      entity.recordsOf(split).forEach(r -> records.add(AvroRecords.derived(entity, r)));
    }
    return records;
  }

  private static boolean clean(Map<String, Counts> counts) {
    return counts.values().stream().allMatch(Counts::clean);
  }

  @Test
  void shouldDeriveEveryEntityWithTheEnrichersMapping() {
    ExpectedChain derived = chain.derived();

    assertThat(derived.records("block")).hasSize(3);
    assertThat(derived.records("transaction")).hasSize(3);
    assertThat(derived.records("log")).hasSize(3);
    assertThat(derived.records("token_transfer")).hasSize(3);
    assertThat(TruthChecker.compare(derived, all(derived)).values()).allMatch(Counts::clean);
  }

  @Test
  void shouldSeeAnAlteredFieldOfADerivedRecord() {
    SplitBlock split = chain.splits().get(1);
    Transaction changed =
        Transaction.newBuilder(split.transactions().get(0)).setValue(BigDecimal.ONE).build();
    List<Observed> held = new ArrayList<>();
    chain.splits().forEach(s -> held.addAll(derivedOf(s)));
    held.removeIf(o -> o.entity().equals("transaction") && o.blockNumber() == 2);
    held.add(AvroRecords.derived(DerivedEntity.TRANSACTION, changed));

    Map<String, Counts> counts = TruthChecker.compare(chain.derived(), held);

    assertThat(counts.get("transaction").altered()).isEqualTo(1);
    assertThat(counts.get("log").clean()).isTrue();
  }

  @Test
  void shouldSeeRecordsOfAForkBlockAsOrphaned() {
    List<Observed> held = new ArrayList<>();
    chain.splits().forEach(s -> held.addAll(derivedOf(s)));
    NodeChain fork = NodeChain.of(3, 3, List.of(Chains.block(3, 1)));
    held.addAll(derivedOf(fork.splits().get(0)));

    Map<String, Counts> counts = TruthChecker.compare(chain.derived(), held);

    assertThat(counts.get("block").orphaned()).isEqualTo(1);
    assertThat(counts.get("transaction").orphaned()).isEqualTo(1);
    assertThat(counts.get("block").missing()).isZero();
  }

  @Test
  void shouldIgnoreProvenanceButNotContentOfRawBlocks() {
    RawBlock refetched =
        RawBlock.newBuilder(Chains.block(2, 0)).setProvenance(Chains.provenance("other")).build();
    RawBlock tampered =
        RawBlock.newBuilder(Chains.block(2, 0)).setStateRoot(Chains.word(55)).build();

    assertThat(AvroRecords.rawBlock(refetched)).isEqualTo(AvroRecords.rawBlock(Chains.block(2, 0)));
    assertThat(AvroRecords.rawBlock(tampered).content())
        .isNotEqualTo(AvroRecords.rawBlock(Chains.block(2, 0)).content());
    assertThat(chain.rawBlocks().records(AvroRecords.RAW_BLOCK)).hasSize(3);
  }

  @Test
  void shouldDeriveTheHotRowsWithTheSinksMappingAndSeeAnAlteredColumn() {
    ExpectedChain rows = chain.hotRows();
    assertThat(rows.records("blocks_by_number")).hasSize(3);
    assertThat(rows.records("transactions_by_address")).hasSize(6);
    assertThat(rows.records("token_transfers_by_token")).hasSize(3);

    List<Observed> held = all(rows);
    assertThat(clean(TruthChecker.compare(rows, held))).isTrue();
    Observed block2 = rows.records("blocks_by_number").get("2");
    held.remove(block2);
    held.add(
        new Observed(
            block2.entity(),
            block2.key(),
            2,
            block2.blockHash(),
            block2.content().replace("30000000", "1")));
    assertThat(TruthChecker.compare(rows, held).get("blocks_by_number").altered()).isEqualTo(1);
  }

  @Test
  void shouldFetchEveryBlockOfTheRangeFromTheNodeAndFailOnAGap() throws Exception {
    Map<Long, RawBlock> node = new java.util.HashMap<>();
    Chains.blocks(1, 3, 0).forEach(b -> node.put(b.getBlockNumber(), b));
    StubSource source = new StubSource(node);

    assertThat(NodeChain.fetch(source, 1, 3).splits()).hasSize(3);
    assertThatThrownBy(() -> NodeChain.fetch(source, 1, 4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no block 4");
  }

  /** A node answering from a map. */
  private record StubSource(Map<Long, RawBlock> blocks)
      implements io.chainexplorer.poller.rpc.BlockSource {
    @Override
    public Optional<RawBlock> blockByNumber(long number) {
      return Optional.ofNullable(blocks.get(number));
    }

    @Override
    public long headNumber() {
      return blocks.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }
  }
}
