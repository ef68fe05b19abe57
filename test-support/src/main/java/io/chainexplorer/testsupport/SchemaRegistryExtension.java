package io.chainexplorer.testsupport;

import io.chainexplorer.embedded.EmbeddedSchemaRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots one real Schema Registry (Apicurio in memory, compatibility BACKWARD) per test JVM and
 * injects its {@link SchemaRegistryEndpoint} into parameters and fields of that type.
 *
 * <p>Needs the registry built first: {@value EmbeddedSchemaRegistry#BUILD_COMMAND}. Subjects
 * outlive test classes: give each test its own subject names.
 */
public final class SchemaRegistryExtension extends EndpointExtension<SchemaRegistryEndpoint> {

  public SchemaRegistryExtension() {
    super(SchemaRegistryEndpoint.class);
  }

  @Override
  SchemaRegistryEndpoint endpoint(ExtensionContext context) {
    EmbeddedSchemaRegistry registry =
        SharedComponent.getOrStart(context, "schema-registry", SchemaRegistryExtension::start);
    return new SchemaRegistryEndpoint(registry.confluentApiUrl());
  }

  private static EmbeddedSchemaRegistry start() {
    try {
      return EmbeddedSchemaRegistry.start(Files.createTempDirectory("chain-explorer-registry-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
  }
}
