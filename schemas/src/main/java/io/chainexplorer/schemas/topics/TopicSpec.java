package io.chainexplorer.schemas.topics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic: its full name, typed key and value with their serdes, value schema, cleanup, retention
 * and writer.
 *
 * @param <K> key type: {@code Long} for block-number-keyed topics, {@code String} otherwise
 * @param <V> value type: the generated Avro class (or {@code String} for JSON values)
 */
public final class TopicSpec<K, V> {

  private final String name;
  private final Class<K> keyType;
  private final Serde<K> keySerde;
  private final ValueSerdeFactory<V> valueSerdes;
  private final String keyMeaning;
  private final Class<V> valueType;
  private final Schema valueSchema;
  private final CleanupPolicy cleanupPolicy;
  private final Duration retention;
  private final String description;
  private final App producer;

  private TopicSpec(Builder<K, V> builder) {
    this.name = Objects.requireNonNull(builder.name, "name");
    this.keyType = Objects.requireNonNull(builder.keyType, "keyType");
    this.keySerde = Objects.requireNonNull(builder.keySerde, "keySerde");
    this.valueSerdes = Objects.requireNonNull(builder.valueSerdes, "valueSerdes");
    this.keyMeaning = Objects.requireNonNull(builder.keyMeaning, "keyMeaning");
    this.valueType = Objects.requireNonNull(builder.valueType, "valueType");
    this.valueSchema = Objects.requireNonNull(builder.valueSchema, "valueSchema");
    this.cleanupPolicy = Objects.requireNonNull(builder.cleanupPolicy, "cleanupPolicy");
    this.retention = builder.retention;
    this.description = Objects.requireNonNull(builder.description, "description");
    this.producer = Objects.requireNonNull(builder.producer, "producer");
    if (cleanupPolicy == CleanupPolicy.DELETE && retention == null) {
      throw new IllegalArgumentException(name + ": a delete-policy topic needs a retention");
    }
  }

  /**
   * Starts a spec. Defaults: cleanup policy {@code delete} with no retention (which {@link
   * Builder#build()} rejects, so set one), or {@code compact} kept forever; no serdes (which {@link
   * Builder#build()} rejects, so set them).
   */
  public static <K, V> Builder<K, V> builder(
      String name, Class<K> keyType, Class<V> valueType, Schema valueSchema) {
    return new Builder<>(name, keyType, valueType, valueSchema);
  }

  /** The full topic name, e.g. {@code eth-mainnet.transactions.v1}. */
  public String name() {
    return name;
  }

  public Class<K> keyType() {
    return keyType;
  }

  /** The key serde: {@code Long} block numbers or {@code String} keys; holds no resources. */
  public Serde<K> keySerde() {
    return keySerde;
  }

  /**
   * A new value serde on the registry {@code registryConfig} names ({@code schema.registry.url} and
   * its client keys); the caller closes it.
   */
  public Serde<V> valueSerde(Map<String, ?> registryConfig) {
    return valueSerdes.create(registryConfig);
  }

  /** What the key is, hence how records are partitioned, e.g. "block number". */
  public String keyMeaning() {
    return keyMeaning;
  }

  public Class<V> valueType() {
    return valueType;
  }

  public Schema valueSchema() {
    return valueSchema;
  }

  public CleanupPolicy cleanupPolicy() {
    return cleanupPolicy;
  }

  /** How long records are kept; empty means forever (compacted topics). */
  public Optional<Duration> retention() {
    return Optional.ofNullable(retention);
  }

  public String description() {
    return description;
  }

  /** The app that writes the topic. */
  public App producer() {
    return producer;
  }

  /**
   * The topic configs to create the topic with: {@code cleanup.policy} and {@code retention.ms}.
   */
  public Map<String, String> topicConfigs() {
    Map<String, String> configs = new LinkedHashMap<>();
    configs.put("cleanup.policy", cleanupPolicy.configValue());
    configs.put("retention.ms", retention == null ? "-1" : Long.toString(retention.toMillis()));
    return Map.copyOf(configs);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TopicSpec)) {
      return false;
    }
    TopicSpec<?, ?> that = (TopicSpec<?, ?>) other;
    return name.equals(that.name)
        && keyType.equals(that.keyType)
        && valueType.equals(that.valueType)
        && valueSchema.equals(that.valueSchema)
        && cleanupPolicy == that.cleanupPolicy
        && Objects.equals(retention, that.retention)
        && producer == that.producer;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, keyType, valueType, cleanupPolicy, retention, producer);
  }

  @Override
  public String toString() {
    return "TopicSpec{"
        + name
        + ", key="
        + keyType.getSimpleName()
        + ", value="
        + valueType.getSimpleName()
        + "}";
  }

  /** Builder of a {@link TopicSpec}; every setter returns the builder. */
  public static final class Builder<K, V> {
    private final String name;
    private final Class<K> keyType;
    private final Class<V> valueType;
    private final Schema valueSchema;
    private Serde<K> keySerde;
    private ValueSerdeFactory<V> valueSerdes;
    private String keyMeaning;
    private CleanupPolicy cleanupPolicy = CleanupPolicy.DELETE;
    private Duration retention;
    private String description;
    private App producer;

    private Builder(String name, Class<K> keyType, Class<V> valueType, Schema valueSchema) {
      this.name = name;
      this.keyType = keyType;
      this.valueType = valueType;
      this.valueSchema = valueSchema;
    }

    /** How keys are written and read, and how value serdes are built for a registry. */
    public Builder<K, V> serdes(Serde<K> keySerde, ValueSerdeFactory<V> valueSerdes) {
      this.keySerde = keySerde;
      this.valueSerdes = valueSerdes;
      return this;
    }

    public Builder<K, V> keyMeaning(String keyMeaning) {
      this.keyMeaning = keyMeaning;
      return this;
    }

    /** Deleted after {@code retention}. */
    public Builder<K, V> retention(Duration retention) {
      this.cleanupPolicy = CleanupPolicy.DELETE;
      this.retention = Objects.requireNonNull(retention, "retention");
      return this;
    }

    /** Compacted: the latest value of each key is kept forever. */
    public Builder<K, V> compacted() {
      this.cleanupPolicy = CleanupPolicy.COMPACT;
      this.retention = null;
      return this;
    }

    public Builder<K, V> description(String description) {
      this.description = description;
      return this;
    }

    public Builder<K, V> producer(App producer) {
      this.producer = producer;
      return this;
    }

    public TopicSpec<K, V> build() {
      return new TopicSpec<>(this);
    }
  }
}
