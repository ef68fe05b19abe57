package io.chainexplorer.poller.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.chain.ChainStep;
import io.chainexplorer.poller.rpc.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OrderedBackfillTest {

  private static final Sleeper NO_WAIT = duration -> {};

  private final List<ChainStep> steps = new CopyOnWriteArrayList<>();

  @Test
  void shouldPublishEveryBlockOnceInOrderWhenFetchesCompleteOutOfOrder() throws Exception {
    ScriptedSource source = new ScriptedSource(10_000, -1);
    OrderedBackfill backfill =
        new OrderedBackfill(
            source,
            steps::add,
            new OrderedBackfill.Sizing(8, 32, 5),
            NO_WAIT,
            BackfillListener.NONE);

    backfill.run(100, 1_099);

    assertThat(published()).containsExactlyElementsOf(range(100, 1_099));
    assertThat(steps).allSatisfy(step -> assertThat(step.blocks()).hasSizeLessThanOrEqualTo(5));
  }

  @Test
  void shouldCarryTheTipAsCursorAndTheBlocksAsConfirmedWithoutRetractions() throws Exception {
    ScriptedSource source = new ScriptedSource(10_000, -1);
    new OrderedBackfill(
            source, steps::add, new OrderedBackfill.Sizing(2, 4, 3), NO_WAIT, BackfillListener.NONE)
        .run(0, 6);

    assertThat(steps)
        .allSatisfy(
            step -> {
              assertThat(step.retractions()).isEmpty();
              assertThat(step.confirmedBlocks()).isEqualTo(step.blocks());
              assertThat(step.window()).hasSize(1);
              assertThat(step.window().get(0).number()).isEqualTo(step.tip().getBlockNumber());
            });
  }

  @Test
  void shouldNeverFetchBeyondTheWindowWhenTheNextBlockIsSlow() throws Exception {
    ScriptedSource source = new ScriptedSource(10_000, -1, 50);
    OrderedBackfill backfill =
        new OrderedBackfill(
            source,
            steps::add,
            new OrderedBackfill.Sizing(4, 16, 10),
            NO_WAIT,
            BackfillListener.NONE);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread runner =
        new Thread(
            () -> {
              try {
                backfill.run(50, 500);
              } catch (InterruptedException | RuntimeException e) {
                failure.set(e);
              }
            });
    runner.start();

    await().atMost(Duration.ofSeconds(10)).until(() -> source.highestRequested() == 65);
    assertThat(steps).isEmpty();
    source.release();
    runner.join(Duration.ofSeconds(30).toMillis());

    assertThat(failure.get()).isNull();
    assertThat(source.highestRequested()).isEqualTo(500);
    assertThat(published()).containsExactlyElementsOf(range(50, 500));
  }

  @Test
  void shouldStopWithCommittedPrefixOnlyWhenABlockCannotBeFetched() {
    ScriptedSource source = new ScriptedSource(10_000, 40);
    OrderedBackfill backfill =
        new OrderedBackfill(
            source,
            steps::add,
            new OrderedBackfill.Sizing(3, 8, 4),
            NO_WAIT,
            BackfillListener.NONE);

    assertThatThrownBy(() -> backfill.run(0, 100)).isInstanceOf(BackfillException.class);

    List<Long> published = published();
    assertThat(published).isEqualTo(range(0, published.size() - 1));
    assertThat(published).allSatisfy(number -> assertThat(number).isLessThan(40));
  }

  @Test
  void shouldRetryThenFailWhenTheProviderDoesNotHaveTheBlock() {
    ScriptedSource source = new ScriptedSource(20, -1);
    OrderedBackfill backfill =
        new OrderedBackfill(
            source,
            steps::add,
            new OrderedBackfill.Sizing(1, 1, 1),
            NO_WAIT,
            BackfillListener.NONE);

    assertThatThrownBy(() -> backfill.run(15, 25))
        .isInstanceOf(BackfillException.class)
        .hasRootCauseMessage("block 21 is not known to the providers after 5 attempts");
    assertThat(published()).containsExactlyElementsOf(range(15, 20));
  }

  private List<Long> published() {
    return steps.stream()
        .flatMap(step -> step.blocks().stream())
        .map(RawBlock::getBlockNumber)
        .toList();
  }

  private static List<Long> range(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }
}
