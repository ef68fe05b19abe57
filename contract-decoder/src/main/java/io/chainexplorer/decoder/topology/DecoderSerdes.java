package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.SecurityTokenActivity;
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
 * The serdes of every topic the decoder reads or writes: Avro values in the Confluent wire format
 * through the configured registry ({@code mock://} in unit tests); String keys; the user-ABI topic
 * holds plain UTF-8 JSON text.
 */
public final class DecoderSerdes implements AutoCloseable {

  private static final List<Class<? extends SpecificRecord>> VALUE_TYPES =
      List.of(
          Transaction.class,
          Log.class,
          DecodedCall.class,
          DecodedEvent.class,
          SecurityTokenActivity.class,
          DeadLetter.class);

  private final Map<Class<?>, Serde<?>> values = new HashMap<>();

  private DecoderSerdes(Map<String, ?> registryConfig) {
    for (Class<? extends SpecificRecord> type : VALUE_TYPES) {
      SpecificAvroSerde<?> serde = new SpecificAvroSerde<>(type);
      serde.configure(registryConfig, false);
      values.put(type, serde);
    }
    values.put(String.class, Serdes.String());
  }

  /** Serdes on the registry the settings name ({@code schema.registry.url} and its client keys). */
  public static DecoderSerdes of(Map<String, ?> registryConfig) {
    return new DecoderSerdes(registryConfig);
  }

  /** The key serde of a topic: every decoder topic has String keys. */
  @SuppressWarnings("unchecked")
  public <K> Serde<K> key(TopicSpec<K, ?> spec) {
    if (spec.keyType() != String.class) {
      throw new IllegalArgumentException("no key serde for " + spec);
    }
    return (Serde<K>) Serdes.String();
  }

  /** The value serde of a topic. */
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
}
