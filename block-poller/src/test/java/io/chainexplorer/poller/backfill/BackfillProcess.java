package io.chainexplorer.poller.backfill;

import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.keys.DefaultKeyPool;
import io.chainexplorer.poller.rpc.Sleeper;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A backfill as a process of its own, for kill -9 tests: {@code template unitsPerSecond from to
 * key=value...}; exits 0 when the range is complete.
 */
public final class BackfillProcess {

  private BackfillProcess() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new HashMap<>();
    for (int i = 4; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      settings.put(pair[0], pair[1]);
    }
    DefaultKeyPool pool = StubKeys.pool(args[0], Double.parseDouble(args[1]));
    BackfillRange range = new BackfillRange(Long.parseLong(args[2]), Long.parseLong(args[3]));
    BackfillJob job = new BackfillJob(new PollerConfig(settings), range, Clock.systemUTC());
    job.run(
        StubKeys.source(pool),
        new OrderedBackfill.Sizing(4, 16, 4),
        Sleeper.SYSTEM,
        BackfillListener.NONE);
    System.exit(0);
  }
}
