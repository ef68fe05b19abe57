package io.chainexplorer.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The classpath of a child Connect worker: this JVM's, minus what the plugin directories ship.
 *
 * <p>A connector found on the classpath as well as in a plugin directory would be loaded twice, so
 * with a plugin path the worker keeps no jar a plugin ships (same file name) and no class directory
 * that declares a connector ({@code target/classes} of a connector module).
 */
final class WorkerClasspath {

  private static final List<String> CONNECTOR_SERVICES =
      List.of(
          "META-INF/services/org.apache.kafka.connect.sink.SinkConnector",
          "META-INF/services/org.apache.kafka.connect.source.SourceConnector");

  private WorkerClasspath() {}

  /** {@code java.class.path} without the entries {@code pluginPath} provides. */
  static String inheritedWithout(List<Path> pluginPath) {
    String inherited = System.getProperty("java.class.path");
    if (pluginPath.isEmpty()) {
      return inherited;
    }
    Set<String> shipped = shippedJarNames(pluginPath);
    List<String> kept = new ArrayList<>();
    for (String entry : inherited.split(File.pathSeparator)) {
      Path path = Paths.get(entry);
      boolean fromPlugin =
          shipped.contains(String.valueOf(path.getFileName())) || declaresConnector(path);
      if (!entry.isBlank() && !fromPlugin) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  private static boolean declaresConnector(Path entry) {
    return Files.isDirectory(entry)
        && CONNECTOR_SERVICES.stream().anyMatch(s -> Files.exists(entry.resolve(s)));
  }

  private static Set<String> shippedJarNames(List<Path> pluginPath) {
    Set<String> names = new HashSet<>();
    for (Path dir : pluginPath) {
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException(
            "plugin directory " + dir + " is missing: package the connector first");
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files
            .filter(f -> f.getFileName().toString().endsWith(".jar"))
            .forEach(f -> names.add(f.getFileName().toString()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
    }
    return names;
  }
}
