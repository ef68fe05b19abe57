package io.chainexplorer.schemas.topics;

import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Builds a topic's value serde for a registry configuration. */
@FunctionalInterface
public interface ValueSerdeFactory<V> {

  /**
   * A new serde configured on the registry {@code registryConfig} names ({@code
   * schema.registry.url} and its client keys, {@code mock://} in tests); the caller closes it.
   */
  Serde<V> create(Map<String, ?> registryConfig);

  /** Generated Avro records in the Confluent wire format, read back into {@code type}. */
  static <V extends SpecificRecord> ValueSerdeFactory<V> avro(Class<V> type) {
    return registryConfig -> {
      SpecificAvroSerde<V> serde = new SpecificAvroSerde<>(type);
      serde.configure(registryConfig, false);
      return serde;
    };
  }

  /** Plain UTF-8 text, such as JSON documents; needs no registry. */
  static ValueSerdeFactory<String> utf8() {
    return registryConfig -> Serdes.String();
  }
}
