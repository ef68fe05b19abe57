package io.chainexplorer.cli.enrich;

import io.chainexplorer.cli.StreamsAppRunner;
import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.cli.config.ConfigOptions;
import io.chainexplorer.enricher.EnricherApp;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.reprocess.EnricherReset;
import io.chainexplorer.enricher.reprocess.ResetSummary;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.platform.config.ConfigLog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the transaction enricher (a Kafka Streams app) of one chain until Ctrl-C or a failure. */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Splits the raw blocks of one chain into blocks, transactions, logs, token transfers and"
          + " contracts, re-publishes them flagged retracted when the poller retracts their block,"
          + " derives the confirmed topics and per-minute chain metrics; bad input goes to the"
          + " dead-letter topic. Exactly-once by default (processing.guarantee).",
      "Instances with the same application.id share the work; missing topics are created.",
      "Configuration: defaults < --config file < CHAIN_EXPLORER_* environment < --set"
          + " (see `chain-explorer config-docs`). Metrics on metrics.host:metrics.port/metrics.",
      "--reprocess (every instance stopped first): rewinds the app to the earliest raw offsets,"
          + " deletes its internal topics and local state, then runs it, so every derived record"
          + " is re-published under the same key.",
      "Exit code 0 when stopped, 1 on a fatal error, 2 on an invalid configuration."
    })
public final class EnrichCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConfigOptions options;

  @Option(
      names = "--reprocess",
      description =
          "Reset this application (stopped everywhere) before running, to replay the raw topics.")
  boolean reprocess;

  @Override
  public Integer call() throws InterruptedException {
    EnricherConfig config =
        ConfigLoader.of(EnricherConfig.definition())
            .withFile(options.file())
            .withOverrides(options.overrides())
            .load(EnricherConfig::new);
    ConfigLog.logEffective(config);
    if (reprocess) {
      ResetSummary reset = new EnricherReset(config).run();
      spec.commandLine()
          .getOut()
          .printf(
              "reset %s: %d input partitions rewound, %d internal topics deleted%n",
              reset.applicationId(),
              reset.rewoundTo().size(),
              reset.deletedInternalTopics().size());
    }
    return StreamsAppRunner.run(
        spec, "enrich", config, registry -> EnricherApp.start(config, registry));
  }
}
