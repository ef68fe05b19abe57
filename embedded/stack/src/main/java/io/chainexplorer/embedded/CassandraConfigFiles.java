package io.chainexplorer.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the {@code cassandra.yaml} and logback configuration of an embedded Cassandra node, with
 * every directory under one base directory.
 */
final class CassandraConfigFiles {

  private static final String TEMPLATES = "/io/chainexplorer/embedded/cassandra/";

  private final Path baseDir;

  CassandraConfigFiles(Path baseDir) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
  }

  Path yaml() {
    return baseDir.resolve("conf/cassandra.yaml");
  }

  Path logback() {
    return baseDir.resolve("conf/logback.xml");
  }

  /** Cassandra's own log (the child's stdout holds only what escapes logback). */
  Path systemLog() {
    return baseDir.resolve("logs/system.log");
  }

  Path stdoutLog() {
    return baseDir.resolve("logs/stdout.log");
  }

  /** Writes both files; rewritten on every start so that a moved base dir still works. */
  void write(int storagePort, int nativePort) {
    String yaml =
        render(
            "cassandra.yaml",
            Map.of(
                "baseDir", baseDir.toString(),
                "storagePort", Integer.toString(storagePort),
                "nativePort", Integer.toString(nativePort)));
    String logbackXml = render("logback.xml", Map.of("logFile", systemLog().toString()));
    try {
      Files.createDirectories(yaml().getParent());
      Files.createDirectories(systemLog().getParent());
      Files.writeString(yaml(), yaml);
      Files.writeString(logback(), logbackXml);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Cassandra configuration in " + baseDir, e);
    }
  }

  private static String render(String template, Map<String, String> values) {
    String text = read(template);
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("${" + value.getKey() + "}", value.getValue());
    }
    return text;
  }

  private static String read(String template) {
    try (InputStream in = CassandraConfigFiles.class.getResourceAsStream(TEMPLATES + template)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TEMPLATES + template);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TEMPLATES + template, e);
    }
  }
}
