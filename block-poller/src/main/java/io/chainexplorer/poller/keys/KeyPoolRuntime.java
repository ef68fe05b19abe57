package io.chainexplorer.poller.keys;

import io.chainexplorer.avro.ApiKeyUsage;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key pool as the poller runs it: the given providers and keys, usage read from and shared
 * through the chain's API-key-usage topic, metrics bound to the pool. Close it to publish the last
 * usage. The poller's wiring ({@code PollerKeyPool}) derives its inputs from the configuration.
 */
public final class KeyPoolRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KeyPoolRuntime.class);

  /** How often this instance publishes its usage; the replicas' reserve grows with it. */
  public static final Duration PUBLISH_INTERVAL = Duration.ofSeconds(1);

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final DefaultKeyPool pool;
  private final KafkaUsageLedger ledger;
  private final KeyPoolMetrics metrics;

  private KeyPoolRuntime(DefaultKeyPool pool, KafkaUsageLedger ledger, KeyPoolMetrics metrics) {
    this.pool = pool;
    this.ledger = ledger;
    this.metrics = metrics;
  }

  /**
   * What the pool needs besides its keys.
   *
   * @param chainName the chain, naming the usage topic and tagging the metrics
   * @param blockTime the chain's block time, for the metrics' keys-needed forecast
   * @param kafkaClient the Kafka client properties of the usage topic's producer and consumer
   * @param serdeConfig the registry settings of the usage records' serde
   * @param tipCalls the calls one block costs at the tip, for the forecast
   */
  public record Settings(
      String chainName,
      Duration blockTime,
      Map<String, Object> kafkaClient,
      Map<String, Object> serdeConfig,
      List<String> tipCalls) {

    public Settings {
      kafkaClient = Map.copyOf(kafkaClient);
      serdeConfig = Map.copyOf(serdeConfig);
      tipCalls = List.copyOf(tipCalls);
    }

    /** Settings of a chain whose blocks cost {@link KeyPoolMetrics#TIP_CALLS}. */
    public Settings(
        String chainName,
        Duration blockTime,
        Map<String, Object> kafkaClient,
        Map<String, Object> serdeConfig) {
      this(chainName, blockTime, kafkaClient, serdeConfig, KeyPoolMetrics.TIP_CALLS);
    }
  }

  /**
   * Reads the usage topic, then builds the pool. {@code instanceId} must differ between replicas
   * running at the same time (two replicas with one id overwrite each other's totals); see {@link
   * #defaultInstanceId(Map)}.
   */
  public static KeyPoolRuntime start(
      Map<Provider, List<ApiKey>> keys, Settings settings, String instanceId, Clock clock) {
    String topic = TopicCatalogue.forChain(settings.chainName()).apiKeyUsage().name();
    KafkaUsageLedger ledger =
        KafkaUsageLedger.start(
            new KafkaUsageLedger.Settings(
                settings.kafkaClient(), topic, instanceId, PUBLISH_INTERVAL, START_TIMEOUT),
            serde(settings.serdeConfig()),
            clock);
    KeyPoolMetrics metrics =
        new KeyPoolMetrics(settings.chainName(), settings.blockTime(), clock, settings.tipCalls());
    try {
      DefaultKeyPool pool = new DefaultKeyPool(keys, ledger, clock, metrics);
      metrics.watch(pool);
      keys.forEach(
          (provider, providerKeys) ->
              LOG.info("Provider {}: {} key(s) {}", provider, providerKeys.size(), providerKeys));
      return new KeyPoolRuntime(pool, ledger, metrics);
    } catch (RuntimeException e) {
      ledger.close();
      throw e;
    }
  }

  /**
   * {@code <HOSTNAME>-<random>}: unique per process. A restart gets a new id, which is safe: the
   * old id's records still count as another instance's usage of the day.
   */
  public static String defaultInstanceId(Map<String, String> environment) {
    String host = environment.getOrDefault("HOSTNAME", "poller").replaceAll("[^A-Za-z0-9_.-]", "_");
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public DefaultKeyPool pool() {
    return pool;
  }

  /** The pool's meter binder, to bind to the service's registry. */
  public KeyPoolMetrics metrics() {
    return metrics;
  }

  @Override
  public void close() {
    ledger.close();
  }

  private static SpecificAvroSerde<ApiKeyUsage> serde(Map<String, Object> serdeConfig) {
    SpecificAvroSerde<ApiKeyUsage> serde = new SpecificAvroSerde<>(ApiKeyUsage.class);
    serde.configure(serdeConfig, false);
    return serde;
  }
}
