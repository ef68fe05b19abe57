package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The serdes of every topic the enricher reads or writes: Avro values in the Confluent wire format
 * through the configured registry ({@code mock://} in unit tests), {@code Long} or {@code String}
 * keys as the catalogue types them.
 */
public final class EnricherSerdes implements AutoCloseable {

  private static final List<Class<? extends SpecificRecord>> VALUE_TYPES =
      List.of(
          RawBlock.class,
          BlockRetraction.class,
          Block.class,
          Transaction.class,
          Log.class,
          TokenTransfer.class,
          ContractCreation.class,
          ChainMetrics.class,
          DeadLetter.class);

  private final Map<Class<?>, Serde<?>> values = new HashMap<>();

  private EnricherSerdes(Map<String, ?> registryConfig) {
    for (Class<? extends SpecificRecord> type : VALUE_TYPES) {
      values.put(type, configured(type, registryConfig));
    }
  }

  /**
   * Serdes on the registry the settings name ({@code schema.registry.url} and its client keys);
   * schemas are registered on first write.
   */
  public static EnricherSerdes of(Map<String, ?> registryConfig) {
    return new EnricherSerdes(registryConfig);
  }

  /** The key serde of a topic: {@code Long} block numbers or {@code String} keys. */
  @SuppressWarnings("unchecked")
  public <K> Serde<K> key(TopicSpec<K, ?> spec) {
    if (spec.keyType() == Long.class) {
      return (Serde<K>) Serdes.Long();
    }
    if (spec.keyType() == String.class) {
      return (Serde<K>) Serdes.String();
    }
    throw new IllegalArgumentException("no key serde for " + spec);
  }

  /** The value serde of a topic's Avro class. */
  @SuppressWarnings("unchecked")
  public <V> Serde<V> value(TopicSpec<?, V> spec) {
    Serde<?> serde = values.get(spec.valueType());
    if (serde == null) {
      throw new IllegalArgumentException("no value serde for " + spec);
    }
    return (Serde<V>) serde;
  }

  /** How a sink node named {@code name} writes the topic. */
  public <K, V> Produced<K, V> produced(TopicSpec<K, V> spec, String name) {
    return Produced.with(key(spec), value(spec)).withName(name);
  }

  @Override
  public void close() {
    values.values().forEach(Serde::close);
  }

  private static <T extends SpecificRecord> Serde<T> configured(
      Class<T> type, Map<String, ?> registryConfig) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type);
    serde.configure(registryConfig, false);
    return serde;
  }
}
