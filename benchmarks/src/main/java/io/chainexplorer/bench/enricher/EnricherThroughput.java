package io.chainexplorer.bench.enricher;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.bench.common.BenchStack;
import io.chainexplorer.bench.common.ReplicatedBlocks;
import io.chainexplorer.bench.common.Run;
import io.chainexplorer.enricher.EnricherApp;
import io.chainexplorer.enricher.app.EnricherTopics;
import io.chainexplorer.enricher.app.StreamsSettings;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.topology.EnricherTopology;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Transactions per second through the real enricher topology versus a passthrough topology (read
 * raw, write raw, same serdes, same Streams settings) on the same replicated mainnet blocks and
 * broker, in interleaved rounds; each run is timed from its first to its last committed raw offset,
 * with the process CPU time spent per block over the same span.
 *
 * <p>Arguments: number of blocks (default 1500), rounds (default 2), which runs (default {@code
 * both}; {@code enricher} or {@code passthrough} alone, for profiling).
 */
public final class EnricherThroughput {

  private static final String CHAIN = "bench-enricher";
  private static final String PASSTHROUGH_TOPIC = CHAIN + ".passthrough.v1";

  /** Blocks per timed segment: even at 400 tx/s, 2,000 blocks stay within Run's ten minutes. */
  private static final int SEGMENT_BLOCKS = 2_000;

  private EnricherThroughput() {}

  /** One timed run and the benchmark JVM's CPU milliseconds per raw block over it. */
  private record Measured(Run run, double cpuMillisPerBlock) {}

  public static void main(String[] args) throws Exception {
    int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    String which = args.length > 2 ? args[2] : "both";
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    try (BenchStack stack = BenchStack.start();
        TopicSerdes serdes = TopicSerdes.of(stack.registryConfig())) {
      Admin admin = stack.admin();
      EnricherTopics.ensure(admin, topics);
      stack.createTopics(
          new NewTopic(PASSTHROUGH_TOPIC, Optional.of(1), Optional.empty())
              .configs(
                  Map.of(
                      "max.message.bytes",
                      Integer.toString(EnricherTopology.MAX_RAW_BLOCK_BYTES))));
      RawBlock base = ReplicatedBlocks.block18000000();
      int txPerBlock = base.getTransactions().size();
      BlockFeed.produce(
          stack.bootstrapServers(),
          serdes.value(topics.rawBlocks()).serializer(),
          topics.rawBlocks(),
          base,
          blocks);
      Map<String, String> settings = stack.serviceSettings(CHAIN);
      TopicPartition raw = new TopicPartition(topics.rawBlocks().name(), 0);
      List<Measured> runs = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        if (!"enricher".equals(which)) {
          runs.add(passthrough(admin, serdes, topics, settings, raw, blocks, txPerBlock, round));
        }
        if (!"passthrough".equals(which)) {
          runs.add(enricher(admin, settings, raw, blocks, txPerBlock, round));
        }
      }
      report(runs, blocks, txPerBlock, deadLetters(admin, topics));
    }
  }

  private static Measured passthrough(
      Admin admin,
      TopicSerdes serdes,
      TopicCatalogue topics,
      Map<String, String> settings,
      TopicPartition raw,
      int blocks,
      int txPerBlock,
      int round)
      throws Exception {
    String id = "bench-passthrough-" + round;
    EnricherConfig config = config(settings, id);
    try (KafkaStreams streams =
        new KafkaStreams(
            RawBlockPassthrough.build(
                topics.rawBlocks(),
                serdes.key(topics.rawBlocks()),
                serdes.value(topics.rawBlocks()),
                PASSTHROUGH_TOPIC),
            StreamsSettings.streams(config))) {
      streams.start();
      return measure("passthrough", admin, id, raw, blocks, txPerBlock, round);
    }
  }

  private static Measured enricher(
      Admin admin,
      Map<String, String> settings,
      TopicPartition raw,
      int blocks,
      int txPerBlock,
      int round)
      throws Exception {
    String id = "bench-enricher-" + round;
    try (EnricherApp app = EnricherApp.start(config(settings, id), new SimpleMeterRegistry())) {
      return measure("enricher", admin, id, raw, blocks, txPerBlock, round);
    }
  }

  private static Measured measure(
      String kind,
      Admin admin,
      String group,
      TopicPartition raw,
      int blocks,
      int txPerBlock,
      int round)
      throws Exception {
    CpuMeter cpu = new CpuMeter(Run.committedOffsets(admin, group, List.of(raw)));
    return new Measured(segmented(kind, round, cpu, blocks, txPerBlock), cpu.cpuMillisPerRecord());
  }

  /**
   * Times a run in segments of at most {@link #SEGMENT_BLOCKS} (each within {@link Run}'s time
   * limit), so 10,000 blocks can be timed at a few hundred blocks a minute. A segment starts at the
   * offset its first poll sees; the few blocks committed between a segment's end and the next one's
   * first poll (one 50 ms poll) are left out of the rate, which understates it by well under 1 %.
   */
  private static Run segmented(
      String kind, int round, Run.Progress progress, int blocks, int txPerBlock) throws Exception {
    double units = 0;
    double seconds = 0;
    double wall = 0;
    Run last;
    int target = 0;
    do {
      target = Math.min(target + SEGMENT_BLOCKS, blocks);
      last = Run.measure(kind, round, progress, target, txPerBlock);
      units += last.perSecond() * last.seconds();
      seconds += last.seconds();
      wall += last.wallSeconds();
    } while (target < blocks);
    return new Run(kind, round, units / seconds, seconds, wall, last.rssMb());
  }

  private static EnricherConfig config(Map<String, String> settings, String applicationId) {
    Map<String, String> all = new HashMap<>(settings);
    all.put("application.id", applicationId);
    return new EnricherConfig(all);
  }

  private static long deadLetters(Admin admin, TopicCatalogue topics) throws Exception {
    TopicPartition dlq = new TopicPartition(topics.deadLetters(App.TX_ENRICHER).name(), 0);
    return admin.listOffsets(Map.of(dlq, OffsetSpec.latest())).all().get().get(dlq).offset();
  }

  private static void report(
      List<Measured> measured, int blocks, int txPerBlock, long deadLetterOffsets) {
    System.out.printf(
        "%d blocks x %d transactions, %d cores, max heap %d MB%n",
        blocks,
        txPerBlock,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    measured.forEach(
        m ->
            System.out.printf(
                "%s, CPU %.1f ms/block%n", m.run().line("tx/s"), m.cpuMillisPerBlock()));
    List<Run> runs = measured.stream().map(Measured::run).toList();
    double pass = Run.best(runs, "passthrough");
    double enrich = Run.best(runs, "enricher");
    System.out.printf(
        "best passthrough %.0f tx/s, best enricher %.0f tx/s, ratio %.2f;"
            + " CPU per block enricher/passthrough %.2f;"
            + " dead-letter topic end offset %d; peak RSS %d MB%n",
        pass,
        enrich,
        enrich / pass,
        leastCpu(measured, "enricher") / leastCpu(measured, "passthrough"),
        deadLetterOffsets,
        Run.rssMb("VmHWM"));
  }

  private static double leastCpu(List<Measured> measured, String kind) {
    return measured.stream()
        .filter(m -> m.run().kind().equals(kind))
        .mapToDouble(Measured::cpuMillisPerBlock)
        .min()
        .orElse(Double.NaN);
  }
}
