package io.chainexplorer.bench.enricher;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.bench.common.BenchStack;
import io.chainexplorer.bench.common.BytesProducer;
import io.chainexplorer.bench.common.ReplicatedBlocks;
import io.chainexplorer.bench.common.Run;
import io.chainexplorer.enricher.EnricherApp;
import io.chainexplorer.enricher.app.EnricherTopics;
import io.chainexplorer.enricher.app.StreamsSettings;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.enricher.topology.EnricherSerdes;
import io.chainexplorer.enricher.topology.EnricherTopology;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Transactions per second through the real enricher topology versus a passthrough topology (read
 * raw, write raw, same serdes, exactly-once) on the same replicated mainnet blocks and broker, in
 * interleaved rounds; each run is timed from its first to its last committed raw offset.
 *
 * <p>Arguments: number of blocks (default 1500), rounds (default 2).
 */
public final class EnricherThroughput {

  private static final String CHAIN = "bench-enricher";
  private static final String PASSTHROUGH_TOPIC = CHAIN + ".passthrough.v1";

  private EnricherThroughput() {}

  public static void main(String[] args) throws Exception {
    int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    TopicCatalogue topics = TopicCatalogue.forChain(CHAIN);
    try (BenchStack stack = BenchStack.start();
        EnricherSerdes serdes = EnricherSerdes.of(stack.registryConfig())) {
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
      produce(
          stack.bootstrapServers(),
          serdes.value(topics.rawBlocks()).serializer(),
          topics.rawBlocks(),
          base,
          blocks);
      Map<String, String> settings = stack.serviceSettings(CHAIN);
      TopicPartition raw = new TopicPartition(topics.rawBlocks().name(), 0);
      List<Run> runs = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        runs.add(passthrough(admin, serdes, topics, settings, raw, blocks, txPerBlock, round));
        runs.add(enricher(admin, settings, raw, blocks, txPerBlock, round));
      }
      report(runs, blocks, txPerBlock, deadLetters(admin, topics));
    }
  }

  private static void produce(
      String bootstrapServers,
      Serializer<RawBlock> values,
      TopicSpec<Long, RawBlock> topic,
      RawBlock base,
      int blocks) {
    long started = System.nanoTime();
    try (KafkaProducer<byte[], byte[]> producer =
        BytesProducer.create(bootstrapServers, EnricherTopology.MAX_RAW_BLOCK_BYTES)) {
      for (int i = 0; i < blocks; i++) {
        RawBlock block = ReplicatedBlocks.copy(base, i);
        byte[] key =
            java.nio.ByteBuffer.allocate(Long.BYTES).putLong(block.getBlockNumber()).array();
        producer.send(
            new ProducerRecord<>(topic.name(), key, values.serialize(topic.name(), block)));
      }
      producer.flush();
    }
    System.out.printf(
        "produced %d raw blocks in %.1f s%n", blocks, (System.nanoTime() - started) / 1e9);
  }

  private static Run passthrough(
      Admin admin,
      EnricherSerdes serdes,
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
            PassthroughTopology.build(
                topics.rawBlocks(),
                serdes.key(topics.rawBlocks()),
                serdes.value(topics.rawBlocks()),
                PASSTHROUGH_TOPIC),
            StreamsSettings.streams(config))) {
      streams.start();
      return Run.measure(
          "passthrough", round, Run.committedOffsets(admin, id, List.of(raw)), blocks, txPerBlock);
    }
  }

  private static Run enricher(
      Admin admin,
      Map<String, String> settings,
      TopicPartition raw,
      int blocks,
      int txPerBlock,
      int round)
      throws Exception {
    String id = "bench-enricher-" + round;
    try (EnricherApp app = EnricherApp.start(config(settings, id), new SimpleMeterRegistry())) {
      return Run.measure(
          "enricher", round, Run.committedOffsets(admin, id, List.of(raw)), blocks, txPerBlock);
    }
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

  private static void report(List<Run> runs, int blocks, int txPerBlock, long deadLetterOffsets) {
    System.out.printf(
        "%d blocks x %d transactions, %d cores, max heap %d MB%n",
        blocks,
        txPerBlock,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    runs.forEach(run -> System.out.println(run.line("tx/s")));
    double pass = Run.best(runs, "passthrough");
    double enrich = Run.best(runs, "enricher");
    System.out.printf(
        "best passthrough %.0f tx/s, best enricher %.0f tx/s, ratio %.2f;"
            + " dead-letter topic end offset %d; peak RSS %d MB%n",
        pass, enrich, enrich / pass, deadLetterOffsets, Run.rssMb("VmHWM"));
  }
}
