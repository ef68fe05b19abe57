package io.chainexplorer.platform.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;

/** The keys every Kafka Streams service shares on top of {@link ServiceConfig}. */
public abstract class StreamsServiceConfig extends ServiceConfig {

  public static final String APPLICATION_ID = "application.id";
  public static final String NUM_STREAM_THREADS = "num.stream.threads";
  public static final String PROCESSING_GUARANTEE = "processing.guarantee";
  public static final String STATE_DIR = "state.dir";
  public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";

  public static final String EXACTLY_ONCE_V2 = "exactly_once_v2";
  public static final String AT_LEAST_ONCE = "at_least_once";

  protected StreamsServiceConfig(ConfigDef definition, Map<?, ?> properties) {
    super(definition, properties);
  }

  /** The shared keys plus the Streams ones, for a Streams app to extend with its own. */
  public static ConfigDef streamsDefinition() {
    return baseDefinition()
        .define(
            APPLICATION_ID,
            Type.STRING,
            "",
            Validators.matches("|[A-Za-z0-9._-]+", "empty or letters, digits, '.', '_', '-'"),
            Importance.HIGH,
            "Kafka Streams application id (consumer group and internal topic prefix); "
                + "empty: <chain.name>-<service>.")
        .define(
            NUM_STREAM_THREADS,
            Type.INT,
            1,
            Range.atLeast(1),
            Importance.MEDIUM,
            "Stream threads of this instance.")
        .define(
            PROCESSING_GUARANTEE,
            Type.STRING,
            EXACTLY_ONCE_V2,
            ValidString.in(EXACTLY_ONCE_V2, AT_LEAST_ONCE),
            Importance.MEDIUM,
            "Kafka Streams processing guarantee.")
        .define(
            STATE_DIR,
            Type.STRING,
            "",
            Importance.LOW,
            "Directory of the local state stores; empty: <java.io.tmpdir>/kafka-streams.")
        .define(
            COMMIT_INTERVAL_MS,
            Type.LONG,
            100L,
            Range.atLeast(0),
            Importance.LOW,
            "How often Streams commits, in milliseconds (with exactly-once: the end-to-end latency).");
  }

  /** The configured application id, or {@code <chain.name>-<service>} when empty. */
  public String applicationId() {
    String configured = getString(APPLICATION_ID);
    return configured.isEmpty() ? chainName() + "-" + serviceName() : configured;
  }

  public int numStreamThreads() {
    return getInt(NUM_STREAM_THREADS);
  }

  public String processingGuarantee() {
    return getString(PROCESSING_GUARANTEE);
  }

  public Path stateDir() {
    String configured = getString(STATE_DIR);
    return configured.isBlank()
        ? Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams")
        : Path.of(configured);
  }

  public long commitIntervalMs() {
    return getLong(COMMIT_INTERVAL_MS);
  }

  /**
   * The Kafka Streams properties these keys stand for on top of {@link #kafkaClientProperties()},
   * ready for {@code new KafkaStreams}.
   */
  public Map<String, Object> kafkaStreamsProperties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("application.id", applicationId());
    properties.putAll(kafkaClientProperties());
    properties.put("num.stream.threads", numStreamThreads());
    properties.put("processing.guarantee", processingGuarantee());
    properties.put("state.dir", stateDir().toString());
    properties.put("commit.interval.ms", commitIntervalMs());
    return properties;
  }
}
