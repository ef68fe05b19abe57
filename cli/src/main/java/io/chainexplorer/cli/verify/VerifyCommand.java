package io.chainexplorer.cli.verify;

import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.cli.backfill.BlockRangeOptions;
import io.chainexplorer.cli.config.ConfigOptions;
import io.chainexplorer.cli.poll.ProviderOptions;
import io.chainexplorer.platform.config.ConfigLog;
import io.chainexplorer.poller.PollerSources;
import io.chainexplorer.poller.backfill.BackfillRange;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.publish.PollerTopics;
import io.chainexplorer.poller.rpc.RpcException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Re-derives blocks {@code --from}..{@code --to} and compares them with the cold store. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Re-fetches blocks --from..--to (inclusive) from the node providers, derives every record"
          + " the enricher derives from each (block, transactions, logs, token transfers,"
          + " contract creations) and compares each block's content hash with the records the"
          + " HDFS sink stored under --cold-store.",
      "Content hash: SHA-256 over, for each entity in the order block, transaction, log,"
          + " token-transfer, contract-creation, the entity name and its record count, then each"
          + " record sorted by its topic key as the key and the record's Avro binary encoding with"
          + " the entity's schema; each part is prefixed by its length (4 bytes, big-endian)."
          + " Fields that differ between fetches (provenance: provider, fetch time) are left out.",
      "Prints the counts and every block that does not match: the differing entities and keys,"
          + " or that the cold store holds nothing of it. --report writes it all as JSON.",
      "Configuration as for poll: defaults < --config file < CHAIN_EXPLORER_* environment <"
          + " --set/--rpc-url/--chain (see `chain-explorer config-docs`).",
      "Exit code 0 when every block matches, 3 when one does not (mismatch, missing in the cold"
          + " store, not available from the node), 1 when the providers fail, 2 on bad usage."
    })
public final class VerifyCommand implements Callable<Integer> {

  /** Exit code when the range was checked and at least one block does not match. */
  public static final int NOT_VERIFIED = 3;

  @Spec CommandSpec spec;

  @Mixin ConfigOptions options;

  @Mixin ProviderOptions providers;

  @Option(
      names = "--chain",
      paramLabel = "NAME",
      description = "Chain name (sets chain.name): its topics, its key usage, its cold-store tree.")
  String chain;

  @Mixin BlockRangeOptions blocks;

  @Option(
      names = "--cold-store",
      required = true,
      paramLabel = "URI",
      description =
          "The HDFS sink's root.dir as a URI: hdfs://namenode:8020/chain-explorer,"
              + " file:///data/cold (a path without scheme is local).")
  URI coldStore;

  @Option(
      names = "--hadoop-conf-dir",
      paramLabel = "DIR",
      description = "Directory with core-site.xml/hdfs-site.xml (HA, Kerberos); optional.")
  String hadoopConfDir;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON.")
  Path reportFile;

  @Override
  public Integer call() throws RpcException, IOException {
    BackfillRange range = blocks.range(spec);
    PollerConfig config =
        providers.load(options, chain == null ? Map.of() : Map.of(PollerConfig.CHAIN_NAME, chain));
    ConfigLog.logEffective(config);
    // The key pool reads its usage topic at start: the topics must exist before it.
    PollerTopics.ensure(config);
    try (PollerSources sources =
            PollerSources.open(
                config, System.getenv(), Clock.systemUTC(), new SimpleMeterRegistry());
        ColdStoreReader cold =
            ColdStoreReader.open(
                coldStore, hadoopConfDir, config.chainName(), range.from(), range.to())) {
      VerificationReport report =
          new RangeVerifier(sources.source(), cold)
              .verify(config.chainName(), range.from(), range.to());
      PrintWriter out = spec.commandLine().getOut();
      report.print(out);
      if (reportFile != null) {
        report.writeJson(reportFile);
      }
      return report.allMatch() ? CommandLine.ExitCode.OK : NOT_VERIFIED;
    }
  }
}
