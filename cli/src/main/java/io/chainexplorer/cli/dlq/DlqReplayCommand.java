package io.chainexplorer.cli.dlq;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.cli.config.ConfigOptions;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.platform.deadletter.DeadLetterReplay;
import io.chainexplorer.platform.deadletter.ReplayRange;
import io.chainexplorer.platform.deadletter.ReplayResult;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chain-explorer dlq replay --app A [--from T] [--to T]}: sends the app's dead letters back
 * to the topic they were read from, exactly once across runs (see {@link DeadLetterReplay}).
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "After a fix (a schema registered again, a writer corrected, a new release of the app),"
          + " sends the dead letters of one app back to the topic, partition, key and bytes they"
          + " were read from, so that the app reads them again. Exactly once: each batch and the"
          + " replay cursor (consumer group dlq-replay-<chain>-<app>) commit in one Kafka"
          + " transaction, so running it again, or after a crash, re-publishes nothing twice."
          + " Other readers of the source topic see the record again too (the sinks write"
          + " idempotently).",
      "Exit code 0 when done, 1 when Kafka or the registry fails, 2 on bad usage."
    })
public final class DlqReplayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConfigOptions options;

  @Option(
      names = "--app",
      required = true,
      paramLabel = "APP",
      description = "App whose dead letters to replay: ${COMPLETION-CANDIDATES}.",
      converter = AppConverter.class,
      completionCandidates = AppNames.class)
  App app;

  @Option(
      names = "--from",
      paramLabel = "INSTANT",
      description =
          "Only dead letters written at or after this instant (ISO-8601, e.g."
              + " 2026-12-07T09:00:00Z); older ones are passed over for good: the cursor is one"
              + " offset per partition.")
  Instant from;

  @Option(
      names = "--to",
      paramLabel = "INSTANT",
      description = "Only dead letters written before this instant; later ones stay for later.")
  Instant to;

  @Override
  public Integer call() {
    ReplayRange range;
    try {
      range = new ReplayRange(from, to);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("dlq replay: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    ReplayConfig config =
        ConfigLoader.of(ReplayConfig.definition())
            .withFile(options.file())
            .withOverrides(options.overrides())
            .load(ReplayConfig::new);
    TopicSpec<String, DeadLetter> topic =
        TopicCatalogue.forChain(config.chainName()).deadLetters(app);
    try (TopicSerdes serdes = TopicSerdes.of(config.serdeConfig())) {
      DeadLetterReplay replay =
          new DeadLetterReplay(
              config.kafkaClientProperties(),
              config.chainName(),
              app,
              topic.name(),
              serdes.value(topic).deserializer());
      ReplayResult result = replay.run(range);
      spec.commandLine()
          .getOut()
          .printf(
              "replayed %d dead letters of %s from %s to their source topics"
                  + " (%d passed over, %d transactions, cursor in group %s)%n",
              result.replayed(),
              app.id(),
              topic.name(),
              result.passedOver(),
              result.transactions(),
              replay.name());
    }
    return CommandLine.ExitCode.OK;
  }

  /** {@code --app} by the app's id, e.g. {@code contract-decoder}. */
  static final class AppConverter implements CommandLine.ITypeConverter<App> {
    @Override
    public App convert(String value) {
      return Arrays.stream(App.values())
          .filter(app -> app.id().equals(value))
          .findFirst()
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "not an app: " + value + "; one of " + Arrays.toString(AppNames.ids())));
    }
  }

  /** The ids of the apps, for the usage text. */
  static final class AppNames implements Iterable<String> {
    static String[] ids() {
      return Arrays.stream(App.values()).map(App::id).toArray(String[]::new);
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return Arrays.asList(ids()).iterator();
    }
  }
}
