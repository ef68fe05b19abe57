package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.SecurityTokenActivity;
import io.chainexplorer.decoder.errors.DecoderMetrics;
import io.chainexplorer.decoder.security.SecurityActivity;
import io.chainexplorer.decoder.selectors.SelectorDatabase;
import io.chainexplorer.decoder.sources.AbiResolver;
import io.chainexplorer.decoder.standards.StandardCatalogue;
import io.chainexplorer.platform.config.ChainIdGuard;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The decoder's topology, a pure function of settings, topics and serdes: transactions and logs
 * re-keyed by contract (so a proxy's Upgraded event and the calls to it meet in one partition),
 * decoded with the user-ABI global table, proxy targets and the standards, into decoded calls
 * (keyed by tx hash), decoded events ({@code txHash:logIndex}), security-token activity per
 * standard and hour, and dead letters for unreadable, unknown and malformed inputs.
 */
public final class DecoderTopology {

  public static final String ACTIVITY_STORE = "security-token-activity";

  private DecoderTopology() {}

  /** Builds the topology; nothing runs until a {@code KafkaStreams} is given it. */
  public static Topology build(
      DecoderSettings settings, TopicCatalogue topics, TopicSerdes serdes) {
    StreamsBuilder builder = new StreamsBuilder();
    DecoderMetrics metrics = new DecoderMetrics(settings.meterRegistry());
    builder.globalTable(
        topics.userAbis().name(),
        Consumed.with(Serdes.String(), Serdes.String()).withName("user-abis-table"),
        Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(
                DecodeProcessor.USER_ABIS_STORE)
            .withKeySerde(Serdes.String())
            .withValueSerde(Serdes.String()));
    builder.addStateStore(store(DecodeProcessor.PROXY_TARGETS_STORE));
    builder.addStateStore(store(DecodeProcessor.SECURITY_TOKENS_STORE));

    ChainIdGuard chainIds = new ChainIdGuard(topics.chain().value(), settings.chainId());
    Map<String, KStream<String, Routed>> transactions =
        read(
            builder,
            topics.transactions(),
            InputKind.TRANSACTION,
            settings,
            metrics,
            serdes,
            chainIds);
    Map<String, KStream<String, Routed>> logs =
        read(builder, topics.logs(), InputKind.LOG, settings, metrics, serdes, chainIds);
    KStream<String, byte[]> byContract =
        byContract(transactions.get("transactions-read-raw"), "transactions-by-contract")
            .merge(
                byContract(logs.get("logs-read-raw"), "logs-by-contract"),
                Named.as("inputs-by-contract"));

    KStream<String, Routed> decoded = decode(byContract, settings, topics, serdes, metrics);
    Map<String, KStream<String, Routed>> outcomes =
        decoded
            .split(Named.as("decoded-"))
            .branch((key, value) -> value instanceof Routed.Call, Branched.as("calls"))
            .branch((key, value) -> value instanceof Routed.Event, Branched.as("events"))
            .branch((key, value) -> value instanceof Routed.Activity, Branched.as("activity"))
            .defaultBranch(Branched.as("rejected"));
    outcomes
        .get("decoded-calls")
        .mapValues(value -> ((Routed.Call) value).call(), Named.as("decoded-call-values"))
        .to(
            topics.decodedCalls().name(),
            serdes.produced(topics.decodedCalls(), "decoded-calls-sink"));
    outcomes
        .get("decoded-events")
        .mapValues(value -> ((Routed.Event) value).event(), Named.as("decoded-event-values"))
        .to(
            topics.decodedEvents().name(),
            serdes.produced(topics.decodedEvents(), "decoded-events-sink"));
    activity(outcomes.get("decoded-activity"), topics.securityTokenActivity(), serdes);
    deadLetters(
        transactions
            .get("transactions-read-rejected")
            .merge(logs.get("logs-read-rejected"), Named.as("read-rejected"))
            .merge(outcomes.get("decoded-rejected"), Named.as("rejected")),
        topics.deadLetters(App.CONTRACT_DECODER),
        serdes);
    return builder.build();
  }

  private static KStream<String, Routed> decode(
      KStream<String, byte[]> byContract,
      DecoderSettings settings,
      TopicCatalogue topics,
      TopicSerdes serdes,
      DecoderMetrics metrics) {
    StandardCatalogue standards = StandardCatalogue.builtIn();
    AbiResolver resolver =
        new AbiResolver(standards, SelectorDatabase.builtIn(), metrics::invalidUserAbi);
    return byContract.process(
        () ->
            new DecodeProcessor(
                serdes.value(topics.transactions()).deserializer(),
                serdes.value(topics.logs()).deserializer(),
                new RecordDecoder(
                    resolver, new ActivityRecorder(standards), metrics, settings.clock()),
                metrics,
                settings.clock()),
        Named.as("decode"),
        DecodeProcessor.PROXY_TARGETS_STORE,
        DecodeProcessor.SECURITY_TOKENS_STORE);
  }

  private static Map<String, KStream<String, Routed>> read(
      StreamsBuilder builder,
      TopicSpec<String, ?> topic,
      InputKind kind,
      DecoderSettings settings,
      DecoderMetrics metrics,
      TopicSerdes serdes,
      ChainIdGuard chainIds) {
    String prefix = kind == InputKind.TRANSACTION ? "transactions" : "logs";
    // Bytes in, decoded in the processor: a poison record becomes a dead letter written in the
    // same transaction as the offsets, which a deserialization handler could not guarantee.
    return builder.stream(
            topic.name(),
            Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(prefix + "-source"))
        .process(
            () ->
                new ReadProcessor(
                    kind, serdes.value(topic).deserializer(), metrics, settings.clock(), chainIds),
            Named.as("read-" + prefix))
        .split(Named.as(prefix + "-read-"))
        .branch((key, value) -> value instanceof Routed.Raw, Branched.as("raw"))
        .defaultBranch(Branched.as("rejected"));
  }

  private static KStream<String, byte[]> byContract(KStream<String, Routed> raw, String name) {
    return raw.mapValues(value -> ((Routed.Raw) value).value(), Named.as(name + "-bytes"))
        .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName(name));
  }

  private static void activity(
      KStream<String, Routed> increments,
      TopicSpec<String, SecurityTokenActivity> topic,
      TopicSerdes serdes) {
    increments
        .mapValues(value -> ((Routed.Activity) value).activity(), Named.as("activity-increments"))
        .groupByKey(
            Grouped.with("security-token-activity-by-hour", Serdes.String(), serdes.value(topic)))
        .reduce(
            SecurityActivity::merge,
            Named.as("security-token-activity-sum"),
            Materialized.<String, SecurityTokenActivity, KeyValueStore<Bytes, byte[]>>as(
                    ACTIVITY_STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(serdes.value(topic)))
        .toStream(Named.as("security-token-activity-changes"))
        .to(topic.name(), serdes.produced(topic, "security-token-activity-sink"));
  }

  private static void deadLetters(
      KStream<String, Routed> rejected, TopicSpec<String, DeadLetter> topic, TopicSerdes serdes) {
    rejected
        .mapValues(value -> ((Routed.Dead) value).letter(), Named.as("dead-letters"))
        .to(topic.name(), serdes.produced(topic, "dead-letters-sink"));
  }

  private static StoreBuilder<KeyValueStore<String, String>> store(String name) {
    return Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.String());
  }
}
