package io.chainexplorer.sink.converter;

import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Settings of {@link AvroConverter}: the registry client's keys (URL, basic auth, TLS, retries,
 * {@code auto.register.schemas}) under the same names as the serde's, plus the converter's own.
 */
public final class AvroConverterConfig extends AbstractConfig {

  /** How many Avro ↔ Connect schema conversions are cached each way (Confluent's key). */
  public static final String SCHEMAS_CACHE_SIZE = "schemas.cache.config";

  /** The registry client's definitions plus the converter's. */
  public static final ConfigDef CONFIG_DEF =
      new ConfigDef(SchemaRegistryClientConfig.CONFIG_DEF)
          .define(
              SCHEMAS_CACHE_SIZE,
              Type.INT,
              AvroConnectData.DEFAULT_CACHE_SIZE,
              Range.atLeast(1),
              Importance.LOW,
              "How many Avro to Connect schema conversions are cached, each way.");

  public AvroConverterConfig(Map<String, ?> originals) {
    super(CONFIG_DEF, originals, false);
    if (getBoolean(SchemaRegistryClientConfig.USE_LATEST_VERSION)) {
      // The converter writes with the schema derived from the Connect schema; writing with another
      // one would silently drop or misplace fields.
      throw new ConfigException(
          SchemaRegistryClientConfig.USE_LATEST_VERSION,
          true,
          "not supported by the Avro converter: it writes with the Connect record's own schema");
    }
  }

  /** How many schema conversions {@link AvroConnectData} caches each way. */
  public int schemasCacheSize() {
    return getInt(SCHEMAS_CACHE_SIZE);
  }

  /** Register a missing schema (true) or fail when it is not registered (false). */
  public boolean autoRegisterSchemas() {
    return getBoolean(SchemaRegistryClientConfig.AUTO_REGISTER_SCHEMAS);
  }
}
