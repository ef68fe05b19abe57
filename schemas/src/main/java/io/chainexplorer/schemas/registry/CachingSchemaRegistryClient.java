package io.chainexplorer.schemas.registry;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Caches ids and schemas in both directions, so that a warm serializer or deserializer makes no
 * HTTP call; compatibility and config calls always reach the registry.
 */
public final class CachingSchemaRegistryClient implements SchemaRegistryClient {

  private final SchemaRegistryClient delegate;
  private final int capacity;
  private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

  /** Caches at most {@code capacity} schemas per subject and {@code capacity} ids. */
  public CachingSchemaRegistryClient(SchemaRegistryClient delegate, int capacity) {
    this.delegate = delegate;
    this.capacity = capacity;
  }

  @Override
  public int register(String subject, Schema schema) {
    Integer cached = cachedId(subject, schema);
    if (cached != null) {
      return cached;
    }
    return remember(subject, schema, delegate.register(subject, schema));
  }

  @Override
  public int lookupId(String subject, Schema schema) {
    Integer cached = cachedId(subject, schema);
    if (cached != null) {
      return cached;
    }
    return remember(subject, schema, delegate.lookupId(subject, schema));
  }

  @Override
  public Schema getById(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    Schema schema = delegate.getById(id);
    if (schemasById.size() < capacity) {
      schemasById.put(id, schema);
    }
    return schema;
  }

  @Override
  public RegisteredSchema latest(String subject) {
    RegisteredSchema latest = delegate.latest(subject);
    remember(subject, latest.schema(), latest.id());
    return latest;
  }

  @Override
  public boolean testCompatibility(String subject, Schema schema) {
    return delegate.testCompatibility(subject, schema);
  }

  @Override
  public CompatibilityLevel getCompatibility() {
    return delegate.getCompatibility();
  }

  @Override
  public Optional<CompatibilityLevel> getCompatibility(String subject) {
    return delegate.getCompatibility(subject);
  }

  @Override
  public void setCompatibility(CompatibilityLevel level) {
    delegate.setCompatibility(level);
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    delegate.setCompatibility(subject, level);
  }

  @Override
  public void close() {
    delegate.close();
  }

  private Integer cachedId(String subject, Schema schema) {
    Map<Schema, Integer> ids = idsBySubject.get(subject);
    return ids == null ? null : ids.get(schema);
  }

  private int remember(String subject, Schema schema, int id) {
    Map<Schema, Integer> ids =
        idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
    // Past capacity the registry is asked again: a bound, not an eviction policy.
    if (ids.size() < capacity) {
      ids.put(schema, id);
    }
    if (schemasById.size() < capacity) {
      schemasById.putIfAbsent(id, schema);
    }
    return id;
  }
}
