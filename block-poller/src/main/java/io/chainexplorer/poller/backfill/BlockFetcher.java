package io.chainexplorer.poller.backfill;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import io.chainexplorer.poller.rpc.Sleeper;
import java.time.Duration;
import java.util.Optional;

/**
 * One fetch worker: claims numbers from the window and fetches them through the block source (and
 * so the key pool); a block the provider does not have yet is asked again a few times, since a
 * lagging provider node may miss a block below the head for a moment.
 */
final class BlockFetcher implements Runnable {

  static final int ATTEMPTS = 5;
  private static final Duration FIRST_PAUSE = Duration.ofMillis(200);

  private final BlockSource source;
  private final ReorderWindow window;
  private final Sleeper sleeper;

  BlockFetcher(BlockSource source, ReorderWindow window, Sleeper sleeper) {
    this.source = source;
    this.window = window;
    this.sleeper = sleeper;
  }

  @Override
  public void run() {
    try {
      for (long number = window.claim(); number != ReorderWindow.DONE; number = window.claim()) {
        window.complete(fetch(number));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      window.fail(e);
    } catch (RpcException | RuntimeException e) {
      window.fail(e);
    }
  }

  private RawBlock fetch(long number) throws RpcException, InterruptedException {
    Duration pause = FIRST_PAUSE;
    for (int attempt = 1; ; attempt++) {
      Optional<RawBlock> block = source.blockByNumber(number);
      if (block.isPresent()) {
        return block.get();
      }
      if (attempt == ATTEMPTS) {
        throw new BackfillException(
            "block " + number + " is not known to the providers after " + ATTEMPTS + " attempts");
      }
      sleeper.sleep(pause);
      pause = pause.multipliedBy(2);
    }
  }
}
