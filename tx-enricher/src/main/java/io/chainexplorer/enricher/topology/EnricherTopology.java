package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.platform.config.ChainIdGuard;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.BranchedKStream;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The enricher's topology, a pure function of settings, topics and serdes: raw blocks and
 * retractions (merged, so one processor sees them in timestamp order) split into the entity topics
 * with retracted copies, per-minute chain metrics, the confirmed branch, and dead letters.
 */
public final class EnricherTopology {

  /** The largest raw block the poller writes; the clients' fetch and request sizes allow it. */
  public static final int MAX_RAW_BLOCK_BYTES = 16 * 1024 * 1024;

  public static final String UNMATCHED_RETRACTIONS = TopologyMetrics.UNMATCHED_RETRACTIONS;

  public static final String MALFORMED_TOKEN_EVENTS = TopologyMetrics.MALFORMED_TOKEN_EVENTS;

  private EnricherTopology() {}

  /** Builds the topology; nothing runs until a {@code KafkaStreams} is given it. */
  public static Topology build(
      EnricherSettings settings, TopicCatalogue topics, TopicSerdes serdes) {
    StreamsBuilder builder = new StreamsBuilder();
    BlockReader reader =
        new BlockReader(
            serdes.value(topics.rawBlocks()).deserializer(),
            serdes.value(topics.blockRetractions()).deserializer(),
            new ChainIdGuard(topics.chain().value(), settings.chainId()));
    TopologyMetrics metrics = new TopologyMetrics(settings.meterRegistry());
    Rejector rejector = new Rejector(metrics.deadLetters());
    builder.addStateStore(retainedStore());
    builder.addStateStore(heightsStore());

    KStream<byte[], ChainInput> inputs =
        bytes(builder, topics.rawBlocks(), "raw-blocks-source")
            .mapValues(ChainInput::rawBlock, Named.as("raw-blocks-input"))
            .merge(
                bytes(builder, topics.blockRetractions(), "block-retractions-source")
                    .mapValues(ChainInput::retraction, Named.as("block-retractions-input")),
                Named.as("live-inputs"));
    KStream<Long, EnricherEvent> live =
        inputs.process(
            () ->
                new LiveBlocksProcessor(
                    reader, rejector, metrics, settings, topics.rawBlocks().name()),
            Named.as("split-live-blocks"),
            LiveBlocksProcessor.RETAINED_STORE,
            LiveBlocksProcessor.HEIGHTS_STORE);
    KStream<Long, EnricherEvent> confirmed =
        bytes(builder, topics.confirmedRawBlocks(), "confirmed-raw-blocks-source")
            .process(
                () -> new ConfirmedBlocksProcessor(reader, rejector),
                Named.as("split-confirmed-blocks"));

    EntitySinks sinks = new EntitySinks(serdes);
    TopicSpec<String, DeadLetter> deadLetters = topics.deadLetters(App.TX_ENRICHER);
    Map<String, KStream<Long, EnricherEvent>> liveBranches = branches(live, "live-", true);
    sinks.attach(splits(liveBranches, "live-"), EntityTopics.live(topics));
    ChainMetricsBranch.attach(
        liveBranches
            .get("live-stats")
            .mapValues(
                event -> ((EnricherEvent.StatsChange) event).stats(),
                Named.as("live-stats-values")),
        topics.chainMetrics(),
        serdes);
    deadLetters(liveBranches.get("live-rejected"), deadLetters, "live-", serdes);
    // The confirmed branch shares no sink with the live one, so it stays a sub-topology of its
    // own: its topic need not be co-partitioned with the live inputs.
    Map<String, KStream<Long, EnricherEvent>> confirmedBranches =
        branches(confirmed, "confirmed-", false);
    sinks.attach(splits(confirmedBranches, "confirmed-"), EntityTopics.confirmed(topics));
    deadLetters(confirmedBranches.get("confirmed-rejected"), deadLetters, "confirmed-", serdes);
    return builder.build();
  }

  private static KStream<byte[], byte[]> bytes(
      StreamsBuilder builder, TopicSpec<?, ?> topic, String name) {
    // Bytes in, decoded in the processors: a poison record becomes a dead letter written in the
    // same transaction as the offsets, which a deserialization handler could not guarantee.
    return builder.stream(
        topic.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(name));
  }

  private static Map<String, KStream<Long, EnricherEvent>> branches(
      KStream<Long, EnricherEvent> events, String prefix, boolean withStats) {
    BranchedKStream<Long, EnricherEvent> branched =
        events
            .split(Named.as(prefix))
            .branch(
                (key, event) -> event instanceof EnricherEvent.Entities, Branched.as("entities"));
    if (withStats) {
      branched.branch(
          (key, event) -> event instanceof EnricherEvent.StatsChange, Branched.as("stats"));
    }
    return branched.defaultBranch(Branched.as("rejected"));
  }

  private static KStream<Long, SplitBlock> splits(
      Map<String, KStream<Long, EnricherEvent>> branches, String prefix) {
    return branches
        .get(prefix + "entities")
        .mapValues(event -> ((EnricherEvent.Entities) event).split(), Named.as(prefix + "splits"));
  }

  private static void deadLetters(
      KStream<Long, EnricherEvent> rejected,
      TopicSpec<String, DeadLetter> topic,
      String prefix,
      TopicSerdes serdes) {
    rejected
        .map(
            (key, event) -> {
              EnricherEvent.Rejected letter = (EnricherEvent.Rejected) event;
              return KeyValue.pair(letter.key(), letter.letter());
            },
            Named.as(prefix + "dead-letters"))
        .to(topic.name(), serdes.produced(topic, prefix + "dead-letters-sink"));
  }

  private static StoreBuilder<KeyValueStore<String, byte[]>> retainedStore() {
    // Offsets into the raw-block topic, not the blocks: a whole raw block per height in the store
    // and its changelog cost as much as the rest of the split, for the rare retraction.
    return Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(LiveBlocksProcessor.RETAINED_STORE),
        Serdes.String(),
        Serdes.ByteArray());
  }

  private static StoreBuilder<KeyValueStore<Long, String>> heightsStore() {
    return Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(LiveBlocksProcessor.HEIGHTS_STORE),
        Serdes.Long(),
        Serdes.String());
  }
}
