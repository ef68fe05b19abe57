package io.chainexplorer.bench.poller;

import io.chainexplorer.poller.backfill.BackfillJob;
import io.chainexplorer.poller.backfill.BackfillListener;
import io.chainexplorer.poller.backfill.BackfillRange;
import io.chainexplorer.poller.backfill.BackfillSizing;
import io.chainexplorer.poller.backfill.OrderedBackfill;
import io.chainexplorer.poller.keys.DefaultKeyPool;
import io.chainexplorer.poller.rpc.Sleeper;
import java.time.Clock;

/**
 * Share of the combined rate budget a rate-limited backfill uses: calls per second counted at the
 * JSON-RPC server while fetching, over the keys' combined limit: {@code [blocks] [rate per key]}.
 */
public final class BackfillBudgetShare {

  private BackfillBudgetShare() {}

  public static void main(String[] args) throws Exception {
    int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 450;
    double ratePerKey = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    try (BackfillBenchStack stack = BackfillBenchStack.start(blocks + 200)) {
      DefaultKeyPool pool = stack.pool(ratePerKey);
      double combined = ratePerKey * BackfillBenchStack.KEYS.size();
      OrderedBackfill.Sizing sizing =
          BackfillSizing.forRate(BackfillSizing.blocksPerSecond(pool.keys()));
      long[] startCalls = new long[1];
      long[] startNanos = new long[1];
      BackfillListener listener =
          new BackfillListener() {
            @Override
            public void started(long first) {
              startCalls[0] = stack.stub.calls();
              startNanos[0] = System.nanoTime();
            }

            @Override
            public void committed(long tip, int count) {
              // measured at the server only
            }
          };
      new BackfillJob(stack.config("budget"), new BackfillRange(1, blocks), Clock.systemUTC())
          .run(BackfillBenchStack.source(pool), sizing, Sleeper.SYSTEM, listener);
      double seconds = (System.nanoTime() - startNanos[0]) / 1e9;
      long calls = stack.stub.calls() - startCalls[0];
      System.out.printf(
          "%d blocks, %d threads, %d calls at the server in %.2f s: %.2f calls/s of %.1f allowed,"
              + " share %.3f (goal >= 0.95)%n",
          blocks,
          sizing.threads(),
          calls,
          seconds,
          calls / seconds,
          combined,
          calls / seconds / combined);
      for (String key : BackfillBenchStack.KEYS) {
        System.out.printf(
            "  %s: %.2f calls/s%n",
            key.replace("bench-key-", "key "),
            stack.stub.calls(key, "eth_getBlockByNumber") * 2 / seconds);
      }
    }
  }
}
