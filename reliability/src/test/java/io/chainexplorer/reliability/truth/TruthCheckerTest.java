package io.chainexplorer.reliability.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruthCheckerTest {

  private static final String TX = "transaction";

  private final ExpectedChain chain =
      ExpectedChain.builder(10, 11)
          .entity(TX)
          .canonical(10, "h10")
          .canonical(11, "h11")
          .add(record("a", 10, "h10", "A"))
          .add(record("b", 11, "h11", "B"))
          .build();

  private static Observed record(String key, long block, String hash, String content) {
    return new Observed(TX, key, block, hash, content);
  }

  private Counts check(List<Observed> held) {
    Map<String, Counts> counts = TruthChecker.compare(chain, held);
    return counts.get(TX);
  }

  private List<Observed> exact() {
    return new ArrayList<>(List.of(record("a", 10, "h10", "A"), record("b", 11, "h11", "B")));
  }

  @Test
  void shouldBeCleanWhenTheStoreHoldsExactlyTheChain() {
    assertThat(check(exact())).isEqualTo(new Counts(2, 2, 0, 0, 0, 0));
  }

  @Test
  void shouldCountMissingWhenAKeyIsAbsent() {
    Counts counts = check(List.of(record("a", 10, "h10", "A")));
    assertThat(counts.missing()).isEqualTo(1);
    assertThat(counts.clean()).isFalse();
  }

  @Test
  void shouldCountDuplicatedWhenAKeyComesTwiceFromTheCanonicalBlock() {
    List<Observed> held = exact();
    held.add(record("a", 10, "h10", "A"));
    held.add(record("a", 10, "h10", "A"));
    assertThat(check(held)).isEqualTo(new Counts(2, 4, 0, 2, 0, 0));
  }

  @Test
  void shouldCountOrphanedAndMissingWhenOnlyTheOrphanedBlockCopyRemains() {
    List<Observed> held = List.of(record("a", 10, "h10", "A"), record("b", 11, "fork11", "B"));
    assertThat(check(held)).isEqualTo(new Counts(2, 2, 1, 0, 1, 0));
  }

  @Test
  void shouldCountAlteredWhenContentDiffersOrTheKeyIsUnknown() {
    List<Observed> held = exact();
    held.set(1, record("b", 11, "h11", "B-changed"));
    held.add(record("ghost", 11, "h11", "G"));
    assertThat(check(held)).isEqualTo(new Counts(2, 3, 0, 0, 0, 2));
  }

  @Test
  void shouldIgnoreRecordsOutsideTheCheckedRange() {
    List<Observed> held = exact();
    held.add(record("later", 12, "h12", "L"));
    assertThat(check(held)).isEqualTo(new Counts(2, 2, 0, 0, 0, 0));
  }

  @Test
  void shouldReportEntitiesTheStoreHasButTheChainDeclaresNone() {
    Map<String, Counts> counts =
        TruthChecker.compare(chain, List.of(new Observed("log", "x", 10, "h10", "X")));
    assertThat(counts.get("log").altered()).isEqualTo(1);
    assertThat(counts.get(TX).missing()).isEqualTo(2);
  }
}
