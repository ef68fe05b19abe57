package io.chainexplorer.cli.backfill;

import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.cli.config.ConfigOptions;
import io.chainexplorer.cli.poll.ProviderOptions;
import io.chainexplorer.platform.config.ConfigLog;
import io.chainexplorer.poller.PollerSources;
import io.chainexplorer.poller.backfill.BackfillException;
import io.chainexplorer.poller.backfill.BackfillJob;
import io.chainexplorer.poller.backfill.BackfillProgress;
import io.chainexplorer.poller.backfill.BackfillRange;
import io.chainexplorer.poller.backfill.BackfillSizing;
import io.chainexplorer.poller.backfill.OrderedBackfill;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.publish.PollerTopics;
import io.chainexplorer.poller.rpc.RpcException;
import io.chainexplorer.poller.rpc.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Backfills blocks {@code --from}..{@code --to} of one chain into Kafka, resumably. */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Fetches blocks --from..--to (inclusive) in parallel across all API keys within their rate"
          + " limits and daily budgets, and publishes them in block order to the chain's raw-block"
          + " and confirmed raw-block topics, exactly once, with a cursor of the range's own.",
      "Run it again with the same range after a crash or Ctrl-C: it continues after the last"
          + " committed block, without gap or duplicate. Blocks are fetched once they are"
          + " reorg.window.blocks below the head: a range reaching into that window follows the"
          + " head until it has left it.",
      "Shows a progress bar with blocks/s, ETA and budget used per key on a terminal, plain log"
          + " lines otherwise.",
      "Configuration: defaults < --config file < CHAIN_EXPLORER_* environment < --set/--rpc-url"
          + " (see `chain-explorer config-docs`).",
      "Exit code 0 when the range is complete, 1 when a block could not be fetched or published"
          + " (run again to resume), 2 on an invalid range or configuration, or when the"
          + " chain's namespace holds raw blocks of another chain id than the providers serve."
    })
public final class BackfillCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConfigOptions options;

  @Mixin BlockRangeOptions blocks;

  @Mixin ProviderOptions providers;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Fetch workers; default: sized from the keys' combined rate (2 to 16).")
  Integer threads;

  @Option(
      names = "--window",
      paramLabel = "W",
      description =
          "Most blocks fetched ahead of the next one to publish (bounds memory); default:"
              + " max(64, 4 x threads).")
  Integer window;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "32",
      description = "Most blocks per Kafka transaction; default: ${DEFAULT-VALUE}.")
  int batch;

  @Override
  public Integer call() throws InterruptedException, RpcException {
    BackfillRange range = blocks.range(spec);
    PollerConfig config = providers.load(options);
    ConfigLog.logEffective(config);
    Clock clock = Clock.systemUTC();
    PollerTopics.ensure(config);
    try (PollerSources sources =
        PollerSources.open(config, System.getenv(), clock, new SimpleMeterRegistry())) {
      OrderedBackfill.Sizing sizing =
          sizing(BackfillSizing.blocksPerSecond(sources.keys().pool().keys()));
      PrintStream terminal = System.console() == null ? null : System.out;
      BackfillJob job = new BackfillJob(config, range, clock);
      BackfillProgress progress =
          new BackfillProgress(range, clock, sources.keys().pool()::status, terminal);
      job.run(sources.source(), sizing, Sleeper.SYSTEM, progress);
      spec.commandLine()
          .getOut()
          .println("backfill " + range.from() + ".." + range.to() + " complete");
      return CommandLine.ExitCode.OK;
    } catch (BackfillException e) {
      spec.commandLine().getErr().println("backfill stopped: " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    }
  }

  private OrderedBackfill.Sizing sizing(double blocksPerSecond) {
    OrderedBackfill.Sizing sized = BackfillSizing.forRate(blocksPerSecond);
    int workers = threads == null ? sized.threads() : threads;
    int ahead = window == null ? Math.max(sized.window(), 4 * workers) : window;
    try {
      return new OrderedBackfill.Sizing(workers, ahead, batch);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
