package io.chainexplorer.poller.chain;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Checks each new block against a window of recently published blocks; when its parent hash does
 * not link, walks back by number to the fork point and plans retractions (newest first) followed by
 * the canonical blocks. A fork below the window throws {@link ReorgTooDeepException}.
 */
public final class ReorgDetector {

  private final int windowSize;
  private final int confirmations;
  private final Clock clock;
  private List<BlockRef> window;

  /**
   * @param recovered the window of the last run, oldest first (empty on a first start)
   */
  public ReorgDetector(int windowSize, int confirmations, List<BlockRef> recovered, Clock clock) {
    if (confirmations >= windowSize) {
      throw new IllegalArgumentException(
          "confirmations (" + confirmations + ") must be below the window (" + windowSize + ")");
    }
    this.windowSize = windowSize;
    this.confirmations = confirmations;
    this.clock = clock;
    this.window = List.copyOf(recovered);
  }

  /** How deep a block must be to count as confirmed. */
  public int confirmations() {
    return confirmations;
  }

  /** The last published block, if any. */
  public Optional<BlockRef> tip() {
    return window.isEmpty() ? Optional.empty() : Optional.of(window.get(window.size() - 1));
  }

  /** The remembered blocks, oldest first. */
  public List<BlockRef> window() {
    return window;
  }

  /**
   * Plans the step that publishes {@code block}, the block at the tip's height + 1 (any block on a
   * first start), fetching canonical ancestors from {@code source} when it does not link.
   *
   * @throws ChainMovedException when the provider's chain changes during the walk back
   * @throws ReorgTooDeepException when the fork point is older than the window
   */
  public ChainStep plan(RawBlock block, BlockSource source)
      throws RpcException, ChainMovedException {
    Optional<BlockRef> tip = tip();
    if (tip.isEmpty()) {
      List<BlockRef> first = List.of(BlockRef.of(block));
      return new ChainStep(List.of(), List.of(block), first, confirmedAfter(first, null), 0);
    }
    long tipNumber = tip.get().number();
    if (block.getBlockNumber() != tipNumber + 1) {
      throw new IllegalArgumentException(
          "expected block " + (tipNumber + 1) + ", got " + block.getBlockNumber());
    }
    Deque<RawBlock> canonical = new ArrayDeque<>();
    canonical.addFirst(block);
    while (!linksToWindow(canonical.getFirst())) {
      canonical.addFirst(parentOf(canonical.getFirst(), tipNumber, source));
    }
    long forkNumber = canonical.getFirst().getBlockNumber() - 1;
    List<BlockRetraction> retractions = retractions(forkNumber, List.copyOf(canonical));
    List<BlockRef> next = new ArrayList<>();
    window.stream().filter(ref -> ref.number() <= forkNumber).forEach(next::add);
    canonical.forEach(b -> next.add(BlockRef.of(b)));
    List<BlockRef> trimmed = next.subList(Math.max(0, next.size() - windowSize), next.size());
    return new ChainStep(
        retractions,
        List.copyOf(canonical),
        trimmed,
        confirmedAfter(trimmed, tipNumber),
        retractions.size());
  }

  /** Makes a published step's window the current one. */
  public void apply(ChainStep step) {
    window = step.window();
  }

  /** How many of the step's retractions hit blocks already reported as confirmed. */
  public long confirmedRetracted(ChainStep step) {
    long confirmedTip = tip().map(ref -> ref.number() - confirmations).orElse(-1L);
    return step.retractions().stream().filter(r -> r.getBlockNumber() <= confirmedTip).count();
  }

  private boolean linksToWindow(RawBlock block) {
    Optional<BlockRef> parent = at(block.getBlockNumber() - 1);
    return parent.isPresent() && parent.get().hash().equals(block.getParentHash());
  }

  private RawBlock parentOf(RawBlock child, long tipNumber, BlockSource source)
      throws RpcException, ChainMovedException {
    long parentNumber = child.getBlockNumber() - 1;
    long oldest = window.get(0).number();
    if (parentNumber < oldest) {
      throw new ReorgTooDeepException(
          "reorg deeper than the window: block "
              + child.getBlockNumber()
              + " does not link to block "
              + parentNumber
              + ", older than the "
              + window.size()
              + " remembered blocks ("
              + oldest
              + ".."
              + tipNumber
              + "); stopping rather than diverging");
    }
    Optional<RawBlock> parent = source.blockByNumber(parentNumber);
    if (parent.isEmpty() || !parent.get().getBlockHash().equals(child.getParentHash())) {
      throw new ChainMovedException(
          "block " + parentNumber + " changed while walking back to the fork point");
    }
    return parent.get();
  }

  /** Orphaned blocks above the fork point, newest first, each naming its replacement. */
  private List<BlockRetraction> retractions(long forkNumber, List<RawBlock> canonical) {
    List<BlockRetraction> retractions = new ArrayList<>();
    long tipNumber = tip().orElseThrow().number();
    for (long height = tipNumber; height > forkNumber; height--) {
      BlockRef orphan = at(height).orElseThrow();
      RawBlock replacement = canonical.get((int) (height - forkNumber - 1));
      retractions.add(
          BlockRetraction.newBuilder()
              .setBlockNumber(height)
              .setBlockHash(orphan.hash())
              // Blocks recovered from a cursor have no timestamp: the replacement's is seconds off.
              .setBlockTimestamp(orphan.timestamp().orElse(replacement.getBlockTimestamp()))
              .setCanonicalBlockHash(replacement.getBlockHash())
              .setDepth(tipNumber - height + 1)
              .setDetectedAt(clock.instant())
              .build());
    }
    return retractions;
  }

  /** Blocks that reach {@code confirmations} depth between the previous tip and the new one. */
  private List<BlockRef> confirmedAfter(List<BlockRef> next, Long previousTip) {
    long newTip = next.get(next.size() - 1).number();
    long from = previousTip == null ? Long.MIN_VALUE : previousTip - confirmations + 1;
    long to = newTip - confirmations;
    return next.stream().filter(ref -> ref.number() >= from && ref.number() <= to).toList();
  }

  private Optional<BlockRef> at(long number) {
    if (window.isEmpty()) {
      return Optional.empty();
    }
    long index = number - window.get(0).number();
    if (index < 0 || index >= window.size()) {
      return Optional.empty();
    }
    return Optional.of(window.get((int) index));
  }
}
