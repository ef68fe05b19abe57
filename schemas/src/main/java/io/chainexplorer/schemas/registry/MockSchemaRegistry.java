package io.chainexplorer.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * An in-memory registry behind {@code mock://<scope>} URLs, shared by every client in the JVM that
 * names the same scope. FOR UNIT TESTS ONLY: nothing is persisted or shared across processes.
 */
public final class MockSchemaRegistry implements SchemaRegistryClient {

  private static final Map<String, MockSchemaRegistry> SCOPES = new ConcurrentHashMap<>();

  private final Map<Schema, Integer> idsBySchema = new HashMap<>();
  private final Map<Integer, Schema> schemasById = new HashMap<>();
  private final Map<String, List<RegisteredSchema>> versions = new HashMap<>();
  private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
  private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;

  private MockSchemaRegistry() {}

  /** The registry of {@code scope}, created empty on first use. */
  public static MockSchemaRegistry forScope(String scope) {
    return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistry());
  }

  /** Forgets the registry of {@code scope}; the next use starts empty. */
  public static void dropScope(String scope) {
    SCOPES.remove(scope);
  }

  @Override
  public synchronized int register(String subject, Schema schema) {
    List<RegisteredSchema> subjectVersions =
        versions.computeIfAbsent(subject, s -> new ArrayList<>());
    for (RegisteredSchema version : subjectVersions) {
      if (version.schema().equals(schema)) {
        return version.id();
      }
    }
    if (!isCompatible(subject, schema)) {
      throw new IncompatibleSchemaException(
          "Schema being registered is incompatible with an earlier schema of subject " + subject,
          409,
          409);
    }
    int id = idsBySchema.computeIfAbsent(schema, s -> idsBySchema.size() + 1);
    schemasById.put(id, schema);
    subjectVersions.add(new RegisteredSchema(subject, id, subjectVersions.size() + 1, schema));
    return id;
  }

  @Override
  public synchronized int lookupId(String subject, Schema schema) {
    return subjectVersions(subject).stream()
        .filter(version -> version.schema().equals(schema))
        .findFirst()
        .orElseThrow(
            () ->
                new SchemaNotFoundException(
                    "Schema not found under subject " + subject, 404, 40403))
        .id();
  }

  @Override
  public synchronized Schema getById(int id) {
    Schema schema = schemasById.get(id);
    if (schema == null) {
      throw new SchemaNotFoundException("Schema " + id + " not found", 404, 40403);
    }
    return schema;
  }

  @Override
  public synchronized RegisteredSchema latest(String subject) {
    List<RegisteredSchema> subjectVersions = subjectVersions(subject);
    return subjectVersions.get(subjectVersions.size() - 1);
  }

  @Override
  public synchronized boolean testCompatibility(String subject, Schema schema) {
    return isCompatible(subject, schema);
  }

  @Override
  public synchronized CompatibilityLevel getCompatibility() {
    return globalLevel;
  }

  @Override
  public synchronized Optional<CompatibilityLevel> getCompatibility(String subject) {
    return Optional.ofNullable(subjectLevels.get(subject));
  }

  @Override
  public synchronized void setCompatibility(CompatibilityLevel level) {
    globalLevel = level;
  }

  @Override
  public synchronized void setCompatibility(String subject, CompatibilityLevel level) {
    subjectLevels.put(subject, level);
  }

  private List<RegisteredSchema> subjectVersions(String subject) {
    List<RegisteredSchema> subjectVersions = versions.get(subject);
    if (subjectVersions == null || subjectVersions.isEmpty()) {
      throw new SubjectNotFoundException("Subject " + subject + " not found", 404, 40401);
    }
    return subjectVersions;
  }

  private boolean isCompatible(String subject, Schema candidate) {
    List<RegisteredSchema> existing = versions.getOrDefault(subject, List.of());
    if (existing.isEmpty()) {
      return true;
    }
    CompatibilityLevel level = subjectLevels.getOrDefault(subject, globalLevel);
    String name = level.name();
    List<RegisteredSchema> checked =
        name.endsWith("_TRANSITIVE")
            ? existing
            : existing.subList(existing.size() - 1, existing.size());
    boolean backward = name.startsWith("BACKWARD") || name.startsWith("FULL");
    boolean forward = name.startsWith("FORWARD") || name.startsWith("FULL");
    for (RegisteredSchema version : checked) {
      if (backward && !canRead(candidate, version.schema())) {
        return false;
      }
      if (forward && !canRead(version.schema(), candidate)) {
        return false;
      }
    }
    return true;
  }

  private static boolean canRead(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
        == SchemaCompatibilityType.COMPATIBLE;
  }
}
