package io.chainexplorer.schemaguard;

import java.nio.file.Path;

/**
 * The schemas module's Avro sources and released baselines, which the guard checks in the build.
 */
final class SchemasModule {

  /** The current schemas, as the schemas module compiles them. */
  static final Path CURRENT = Path.of("../../schemas/src/main/avro");

  /** The released schemas, one directory per release. */
  static final Path RELEASED = Path.of("../../schemas/released");

  private SchemasModule() {}
}
