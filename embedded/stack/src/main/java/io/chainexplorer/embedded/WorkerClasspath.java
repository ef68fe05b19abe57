package io.chainexplorer.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The classpath of a child Connect worker: this JVM's, minus what the plugin directories ship.
 *
 * <p>A connector found on the classpath as well as in a plugin directory would be loaded twice, and
 * a dependency missing from a plugin would go unnoticed, so with a plugin path the worker keeps no
 * class directory that declares a connector ({@code target/classes} of a connector module) and no
 * jar a plugin ships (same file name), except the libraries the worker itself runs on (Jackson).
 */
final class WorkerClasspath {

  private static final List<String> CONNECTOR_SERVICES =
      List.of(
          "META-INF/services/org.apache.kafka.connect.sink.SinkConnector",
          "META-INF/services/org.apache.kafka.connect.source.SourceConnector");

  /** Jars the worker needs itself even when a plugin ships its own copy. */
  private static final List<String> WORKER_LIBRARIES = List.of("jackson-");

  private WorkerClasspath() {}

  /** {@code java.class.path} without the entries {@code pluginPath} provides. */
  static String inheritedWithout(List<Path> pluginPath) {
    String inherited = System.getProperty("java.class.path");
    if (pluginPath.isEmpty()) {
      return inherited;
    }
    Set<String> shipped = shippedJarNames(pluginPath);
    List<String> kept = new ArrayList<>();
    for (String entry : expanded(inherited)) {
      Path path = Paths.get(entry);
      String name = String.valueOf(path.getFileName());
      boolean workerLibrary = WORKER_LIBRARIES.stream().anyMatch(name::startsWith);
      boolean fromPlugin = (shipped.contains(name) && !workerLibrary) || declaresConnector(path);
      if (!entry.isBlank() && !fromPlugin) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  /**
   * The entries of {@code classpath}, a manifest-only jar (as surefire and failsafe start tests
   * with) replaced by the entries its {@code Class-Path} names.
   */
  static List<String> expanded(String classpath) {
    List<String> entries = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      List<String> named = manifestClassPath(Paths.get(entry));
      if (named.isEmpty()) {
        entries.add(entry);
      } else {
        entries.addAll(named);
      }
    }
    return entries;
  }

  private static List<String> manifestClassPath(Path entry) {
    if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
      return List.of();
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      Manifest manifest = jar.getManifest();
      String classPath =
          manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      boolean manifestOnly = jar.stream().noneMatch(e -> e.getName().endsWith(".class"));
      if (classPath == null || classPath.isBlank() || !manifestOnly) {
        return List.of();
      }
      List<String> named = new ArrayList<>();
      URI base = entry.toUri();
      for (String reference : classPath.trim().split("\\s+")) {
        named.add(Paths.get(base.resolve(reference)).toString());
      }
      return named;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the manifest of " + entry, e);
    }
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
