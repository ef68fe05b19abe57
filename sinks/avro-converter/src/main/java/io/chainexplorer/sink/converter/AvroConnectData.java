package io.chainexplorer.sink.converter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;

/**
 * Converts Avro schemas and data to Kafka Connect schemas and values and back, caching schema
 * conversions both ways; a Connect schema made from an Avro schema converts back to that very
 * schema. Failures are {@link DataException}s. Thread-safe.
 */
public final class AvroConnectData {

  /** Cache size used by {@link #AvroConnectData()}. */
  public static final int DEFAULT_CACHE_SIZE = 1000;

  private static final AvroToConnectValue TO_CONNECT_VALUE = new AvroToConnectValue();
  private static final ConnectToAvroValue TO_AVRO_VALUE = new ConnectToAvroValue();

  private final Map<org.apache.avro.Schema, Schema> toConnect;
  private final Map<Schema, org.apache.avro.Schema> toAvro;

  /** Caches up to {@link #DEFAULT_CACHE_SIZE} schemas each way. */
  public AvroConnectData() {
    this(DEFAULT_CACHE_SIZE);
  }

  /** Caches up to {@code cacheSize} schemas each way, evicting the least recently used. */
  public AvroConnectData(int cacheSize) {
    if (cacheSize < 1) {
      throw new IllegalArgumentException("cacheSize must be at least 1, got " + cacheSize);
    }
    this.toConnect = lruCache(cacheSize);
    this.toAvro = lruCache(cacheSize);
  }

  /** The Connect schema of {@code avroSchema}. */
  public Schema toConnectSchema(org.apache.avro.Schema avroSchema) {
    Schema known = toConnect.get(avroSchema);
    if (known != null) {
      return known;
    }
    Schema connect = guarded(avroSchema, schema -> new AvroToConnectSchema().convert(schema));
    toConnect.put(avroSchema, connect);
    // Restores the exact original (its properties and name references) on the way back.
    toAvro.putIfAbsent(connect, avroSchema);
    return connect;
  }

  /** The Connect schema and value of an Avro datum (generic or specific) of {@code avroSchema}. */
  public SchemaAndValue toConnectData(org.apache.avro.Schema avroSchema, Object datum) {
    Schema connect = toConnectSchema(avroSchema);
    Object value = guarded(datum, input -> TO_CONNECT_VALUE.convert(avroSchema, connect, input));
    return new SchemaAndValue(connect, value);
  }

  /** The Avro schema of {@code connectSchema}. */
  public org.apache.avro.Schema fromConnectSchema(Schema connectSchema) {
    if (connectSchema == null) {
      throw new DataException("Schemaless Connect values cannot be written as Avro");
    }
    org.apache.avro.Schema known = toAvro.get(connectSchema);
    if (known != null) {
      return known;
    }
    org.apache.avro.Schema avro =
        guarded(connectSchema, schema -> new ConnectToAvroSchema().convert(schema));
    toAvro.put(connectSchema, avro);
    return avro;
  }

  /**
   * The raw Avro datum (decimals as bytes, timestamps as long) of a Connect value, for the schema
   * {@link #fromConnectSchema} gives for {@code connectSchema}.
   */
  public Object fromConnectData(Schema connectSchema, Object value) {
    org.apache.avro.Schema avro = fromConnectSchema(connectSchema);
    return guarded(value, input -> TO_AVRO_VALUE.convert(avro, connectSchema, input));
  }

  private static <T, R> R guarded(T input, Function<T, R> conversion) {
    try {
      return conversion.apply(input);
    } catch (DataException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DataException("Cannot convert between Avro and Connect: " + e.getMessage(), e);
    }
  }

  private static <K, V> Map<K, V> lruCache(int capacity) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        });
  }
}
