package io.chainexplorer.cli.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command that loads an app configuration shares: a file and overrides. */
public final class ConfigOptions {

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description =
          "Properties file of configuration keys; environment variables CHAIN_EXPLORER_<KEY>"
              + " override it.")
  Path file;

  @Option(
      names = {"-s", "--set"},
      paramLabel = "KEY=VALUE",
      description = "Sets one configuration key, overriding file and environment; repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  /** The properties file, or null when none was given. */
  public Path file() {
    return file;
  }

  public Map<String, String> overrides() {
    return overrides;
  }
}
