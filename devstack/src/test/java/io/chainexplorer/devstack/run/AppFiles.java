package io.chainexplorer.devstack.run;

import io.chainexplorer.platform.config.ServiceConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** An app of a test's own as a child process: its settings in a file, its secrets in its env. */
final class AppFiles {

  private AppFiles() {}

  /** Writes {@code <name>.properties} in {@code appDir} and returns the app, not started. */
  static AppProcess app(
      String name,
      String command,
      Map<String, String> config,
      Map<String, String> environment,
      Path appDir)
      throws IOException {
    Properties properties = new Properties();
    properties.putAll(config);
    Path file = appDir.resolve(name + ".properties");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(out, name);
    }
    return new AppProcess(
        name,
        List.of(command, "--config", file.toString()),
        environment,
        appDir,
        Integer.parseInt(config.get(ServiceConfig.METRICS_PORT)));
  }
}
