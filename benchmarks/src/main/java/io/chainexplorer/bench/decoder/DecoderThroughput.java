package io.chainexplorer.bench.decoder;

import io.chainexplorer.bench.common.BenchStack;
import io.chainexplorer.bench.common.Run;
import io.chainexplorer.decoder.DecoderApp;
import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.decoder.errors.DecoderMetrics;
import io.chainexplorer.decoder.topology.DecoderTopics;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Blocks per second through the real contract-decoder app versus a passthrough topology (read
 * transactions and logs, write them unchanged, same serdes and Streams settings, exactly-once) on
 * the same replicated mainnet block 18,000,000 and broker, in interleaved rounds; each run is timed
 * from its first to its last committed offset of what it reads last (the by-contract repartition
 * topics for the decoder, the inputs for the passthrough).
 *
 * <p>Arguments: number of blocks (default 1000), rounds (default 2).
 */
public final class DecoderThroughput {

  private static final String CHAIN = "bench-decoder";

  private DecoderThroughput() {}

  public static void main(String[] args) throws Exception {
    int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    try (BenchStack stack = BenchStack.start();
        TopicSerdes serdes = TopicSerdes.of(stack.registryConfig())) {
      DecoderTopics.ensure(stack.admin(), topics);
      stack.createTopics(
          new NewTopic(DecoderInputPassthrough.output("transactions"), 1, (short) 1),
          new NewTopic(DecoderInputPassthrough.output("logs"), 1, (short) 1));
      DecoderInputs inputs =
          DecoderInputs.produce(stack.bootstrapServers(), topics, serdes, blocks);
      Rounds measured =
          new Rounds(stack.admin(), topics, serdes, stack.serviceSettings(CHAIN), inputs, blocks);
      List<Run> runs = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        runs.add(measured.passthrough(round));
        runs.add(measured.decoder(round));
      }
      measured.report(runs);
    }
  }

  /** The runs on one broker and one set of inputs. */
  private static final class Rounds {
    private final Admin admin;
    private final TopicCatalogue topics;
    private final TopicSerdes serdes;
    private final Map<String, String> settings;
    private final DecoderInputs inputs;
    private final int blocks;
    private double decodedCallsPerBlock;

    Rounds(
        Admin admin,
        TopicCatalogue topics,
        TopicSerdes serdes,
        Map<String, String> settings,
        DecoderInputs inputs,
        int blocks) {
      this.admin = admin;
      this.topics = topics;
      this.serdes = serdes;
      this.settings = settings;
      this.inputs = inputs;
      this.blocks = blocks;
    }

    Run passthrough(int round) throws Exception {
      String id = "bench-passthrough-" + round;
      Properties properties = new Properties();
      properties.putAll(config(id).kafkaStreamsProperties());
      List<TopicPartition> read =
          List.of(
              new TopicPartition(topics.transactions().name(), 0),
              new TopicPartition(topics.logs().name(), 0));
      try (KafkaStreams streams =
          new KafkaStreams(
              DecoderInputPassthrough.build(topics.transactions(), topics.logs(), serdes),
              properties)) {
        streams.start();
        return measure("passthrough", round, id, read, inputs.perBlock(false));
      }
    }

    Run decoder(int round) throws Exception {
      String id = "bench-decoder-" + round;
      List<TopicPartition> read =
          List.of(
              new TopicPartition(id + "-transactions-by-contract-repartition", 0),
              new TopicPartition(id + "-logs-by-contract-repartition", 0));
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      Run run;
      try (DecoderApp app = DecoderApp.start(config(id), meters)) {
        run = measure("decoder", round, id, read, inputs.perBlock(true));
      }
      Map<String, Double> outcomes = outcomes(meters);
      decodedCallsPerBlock = outcomes.getOrDefault("call/decoded", 0.0) / blocks;
      System.out.printf("round %d decoder outcomes per block:", round);
      outcomes.forEach((name, count) -> System.out.printf(" %s %.1f", name, count / blocks));
      System.out.println();
      return run;
    }

    private Run measure(
        String kind, int round, String group, List<TopicPartition> read, int perBlock)
        throws Exception {
      return Run.measure(
          kind,
          round,
          Run.committedOffsets(admin, group, read),
          (long) blocks * perBlock,
          1.0 / perBlock);
    }

    private DecoderConfig config(String applicationId) {
      Map<String, String> all = new HashMap<>(settings);
      all.put("application.id", applicationId);
      return new DecoderConfig(all);
    }

    void report(List<Run> runs) {
      System.out.printf(
          "%d blocks x (%d transactions, %d of them contract calls, %d logs), %d cores,"
              + " max heap %d MB%n",
          blocks,
          inputs.transactions(),
          inputs.calls(),
          inputs.logs(),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      runs.forEach(run -> System.out.println(run.line("blocks/s")));
      double pass = Run.best(runs, "passthrough");
      double decode = Run.best(runs, "decoder");
      System.out.printf(
          "best passthrough %.1f blocks/s (%.0f records/s), best decoder %.1f blocks/s"
              + " (%.0f decoded calls/s, %.0f calls+logs/s), ratio %.2f; peak RSS %d MB%n",
          pass,
          pass * inputs.perBlock(false),
          decode,
          decode * decodedCallsPerBlock,
          decode * inputs.perBlock(true),
          decode / pass,
          Run.rssMb("VmHWM"));
    }

    private static Map<String, Double> outcomes(SimpleMeterRegistry meters) {
      Map<String, Double> counts = new java.util.TreeMap<>();
      meters
          .find(DecoderMetrics.OUTCOMES)
          .counters()
          .forEach(
              counter ->
                  counts.merge(
                      counter.getId().getTag("kind") + "/" + counter.getId().getTag("outcome"),
                      counter.count(),
                      Double::sum));
      return counts;
    }
  }
}
