package io.chainexplorer.sink.hdfs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A copy of a packaged plugin directory with test classes added as one more jar, so that fault
 * injection the production plugin does not ship loads in the plugin's own class loader, next to the
 * interfaces it implements.
 */
final class PluginWithTestClasses {

  private PluginWithTestClasses() {}

  /**
   * Copies {@code plugin} (a plugin directory) under {@code pluginPath} and adds {@code classes} to
   * its {@code lib/}; returns {@code pluginPath}, ready for a worker's {@code plugin.path}.
   */
  static Path create(Path plugin, Path pluginPath, Class<?>... classes) throws IOException {
    Path copy = pluginPath.resolve(plugin.getFileName());
    try (Stream<Path> files = Files.walk(plugin)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = copy.resolve(plugin.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    Path jar = copy.resolve("lib").resolve(plugin.getFileName() + "-test-classes.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream entries = new JarOutputStream(out)) {
      for (Class<?> type : classes) {
        String name = type.getName().replace('.', '/') + ".class";
        entries.putNextEntry(new JarEntry(name));
        try (InputStream bytes = type.getClassLoader().getResourceAsStream(name)) {
          bytes.transferTo(entries);
        }
        entries.closeEntry();
      }
    }
    return pluginPath;
  }
}
