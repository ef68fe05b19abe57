package io.chainexplorer.schemas.serde;

import io.chainexplorer.schemas.registry.CompatibilityLevel;
import io.chainexplorer.schemas.registry.RegisteredSchema;
import io.chainexplorer.schemas.registry.SchemaRegistryClient;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;

/** Counts the calls that reach a real in-memory registry, to prove a warm path makes none. */
final class CountingRegistry implements SchemaRegistryClient {

  final AtomicInteger calls = new AtomicInteger();
  private final SchemaRegistryClient delegate;

  CountingRegistry(SchemaRegistryClient delegate) {
    this.delegate = delegate;
  }

  @Override
  public int register(String subject, Schema schema) {
    calls.incrementAndGet();
    return delegate.register(subject, schema);
  }

  @Override
  public int lookupId(String subject, Schema schema) {
    calls.incrementAndGet();
    return delegate.lookupId(subject, schema);
  }

  @Override
  public Schema getById(int id) {
    calls.incrementAndGet();
    return delegate.getById(id);
  }

  @Override
  public RegisteredSchema latest(String subject) {
    calls.incrementAndGet();
    return delegate.latest(subject);
  }

  @Override
  public boolean testCompatibility(String subject, Schema schema) {
    calls.incrementAndGet();
    return delegate.testCompatibility(subject, schema);
  }

  @Override
  public CompatibilityLevel getCompatibility() {
    calls.incrementAndGet();
    return delegate.getCompatibility();
  }

  @Override
  public Optional<CompatibilityLevel> getCompatibility(String subject) {
    calls.incrementAndGet();
    return delegate.getCompatibility(subject);
  }

  @Override
  public void setCompatibility(CompatibilityLevel level) {
    calls.incrementAndGet();
    delegate.setCompatibility(level);
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    calls.incrementAndGet();
    delegate.setCompatibility(subject, level);
  }
}
