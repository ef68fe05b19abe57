package io.chainexplorer.platform.streams;

import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The serdes of catalogue topics on one registry, as each {@link TopicSpec} builds them; closing it
 * closes every value serde it handed out.
 */
public final class TopicSerdes implements AutoCloseable {

  private final Map<String, Object> registryConfig;
  private final List<Serde<?>> handedOut = new CopyOnWriteArrayList<>();

  private TopicSerdes(Map<String, ?> registryConfig) {
    this.registryConfig = Map.copyOf(registryConfig);
  }

  /**
   * Serdes on the registry the settings name ({@code schema.registry.url} and its client keys,
   * {@code mock://} in tests); schemas are registered on first write.
   */
  public static TopicSerdes of(Map<String, ?> registryConfig) {
    return new TopicSerdes(registryConfig);
  }

  /** The key serde of a topic. */
  public <K> Serde<K> key(TopicSpec<K, ?> spec) {
    return spec.keySerde();
  }

  /** A value serde of a topic, closed with this object. */
  public <V> Serde<V> value(TopicSpec<?, V> spec) {
    Serde<V> serde = spec.valueSerde(registryConfig);
    handedOut.add(serde);
    return serde;
  }

  /** How a sink node named {@code name} writes the topic. */
  public <K, V> Produced<K, V> produced(TopicSpec<K, V> spec, String name) {
    return Produced.with(key(spec), value(spec)).withName(name);
  }

  @Override
  public void close() {
    handedOut.forEach(Serde::close);
  }
}
