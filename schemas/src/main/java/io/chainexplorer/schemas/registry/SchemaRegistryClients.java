package io.chainexplorer.schemas.registry;

import java.util.Map;

/**
 * Builds the client a config asks for: the in-memory mock for {@code mock://}, else cached REST.
 */
public final class SchemaRegistryClients {

  private SchemaRegistryClients() {}

  public static SchemaRegistryClient create(SchemaRegistryClientConfig config) {
    if (config.isMock()) {
      return MockSchemaRegistry.forScope(config.mockScope());
    }
    return new CachingSchemaRegistryClient(
        new RestSchemaRegistryClient(config), config.cacheCapacity());
  }

  /** Same as {@link #create(SchemaRegistryClientConfig)} from a Confluent-style config map. */
  public static SchemaRegistryClient create(Map<String, ?> configs) {
    return create(new SchemaRegistryClientConfig(configs));
  }
}
