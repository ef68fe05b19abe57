package io.chainexplorer.schemas.registry;

import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The subset of the Confluent Schema Registry API that the serde and the converter need, for Avro
 * schemas. Failures are {@link SchemaRegistryException} subclasses.
 */
public interface SchemaRegistryClient extends AutoCloseable {

  /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
  int register(String subject, Schema schema);

  /**
   * The id of {@code schema} if it is already registered under {@code subject}.
   *
   * @throws SubjectNotFoundException if the subject does not exist
   * @throws SchemaNotFoundException if the subject exists but not with this schema
   */
  int lookupId(String subject, Schema schema);

  /**
   * The schema with global id {@code id}.
   *
   * @throws SchemaNotFoundException if no schema has that id
   */
  Schema getById(int id);

  /**
   * The latest version of {@code subject}.
   *
   * @throws SubjectNotFoundException if the subject does not exist
   */
  RegisteredSchema latest(String subject);

  /** Whether {@code schema} is compatible with {@code subject}'s latest version and level. */
  boolean testCompatibility(String subject, Schema schema);

  /** The global compatibility level. */
  CompatibilityLevel getCompatibility();

  /** The level set on {@code subject} itself; empty if it inherits the global level. */
  Optional<CompatibilityLevel> getCompatibility(String subject);

  /** Sets the global compatibility level. */
  void setCompatibility(CompatibilityLevel level);

  /** Sets {@code subject}'s own compatibility level. */
  void setCompatibility(String subject, CompatibilityLevel level);

  /** Releases connections; the default has none to release. */
  @Override
  default void close() {}
}
