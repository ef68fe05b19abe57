package io.chainexplorer.poller.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.RawBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderWindowTest {

  @Test
  void shouldHandOutNumbersOnlyUpToTheCapacityAheadOfTheNextToPublish() throws Exception {
    ReorderWindow window = new ReorderWindow(10, 100, 3);
    assertThat(List.of(window.claim(), window.claim(), window.claim()))
        .containsExactly(10L, 11L, 12L);

    window.complete(ScriptedSource.block(11));
    window.complete(ScriptedSource.block(12));
    window.complete(ScriptedSource.block(10));
    assertThat(numbers(window.takeReady(2))).containsExactly(10L, 11L);

    assertThat(List.of(window.claim(), window.claim())).containsExactly(13L, 14L);
    assertThat(window.buffered()).isEqualTo(1);
  }

  @Test
  void shouldTakeOnlyTheContiguousRunWhenALaterBlockArrivesFirst() throws Exception {
    ReorderWindow window = new ReorderWindow(0, 3, 4);
    for (int i = 0; i < 4; i++) {
      window.claim();
    }
    window.complete(ScriptedSource.block(0));
    window.complete(ScriptedSource.block(2));

    assertThat(numbers(window.takeReady(10))).containsExactly(0L);
    assertThat(window.buffered()).isEqualTo(1);
  }

  @Test
  void shouldReportDoneWhenTheRangeIsHandedOut() throws Exception {
    ReorderWindow window = new ReorderWindow(5, 6, 10);
    window.claim();
    window.claim();

    assertThat(window.claim()).isEqualTo(ReorderWindow.DONE);
  }

  @Test
  void shouldRejectABlockThatWasNotClaimed() {
    ReorderWindow window = new ReorderWindow(0, 10, 2);

    assertThatThrownBy(() -> window.complete(ScriptedSource.block(0)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldThrowFromTakeAndStopClaimsWhenAWorkerFailed() throws Exception {
    ReorderWindow window = new ReorderWindow(0, 10, 2);
    window.claim();
    window.fail(new IllegalStateException("boom"));

    assertThat(window.claim()).isEqualTo(ReorderWindow.DONE);
    assertThatThrownBy(() -> window.takeReady(1)).isInstanceOf(BackfillException.class);
  }

  private static List<Long> numbers(List<RawBlock> blocks) {
    return blocks.stream().map(RawBlock::getBlockNumber).toList();
  }
}
