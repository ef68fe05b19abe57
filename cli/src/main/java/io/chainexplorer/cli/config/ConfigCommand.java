package io.chainexplorer.cli.config;

import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.platform.config.ConfigLog;
import io.chainexplorer.platform.config.ServiceConfig;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads and validates an app's configuration as the app would, and prints it masked. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Loads an app's configuration (defaults < --config file < CHAIN_EXPLORER_* environment"
          + " < --set), validates it and prints the effective values, passwords hidden.",
      "Exit code 2 names the key and the source of any invalid value."
    })
public final class ConfigCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "APP",
      description = "The app: ${COMPLETION-CANDIDATES}.",
      converter = AppConverter.class,
      completionCandidates = AppCandidates.class)
  ConfiguredApp app;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() {
    ServiceConfig config =
        ConfigLoader.of(app.definition())
            .withFile(options.file())
            .withOverrides(options.overrides())
            .load(app::configure);
    spec.commandLine().getOut().println("# " + app.id() + ": effective configuration");
    ConfigLog.lines(config).forEach(spec.commandLine().getOut()::println);
    return CommandLine.ExitCode.OK;
  }

  /** Accepts an app by its id, e.g. {@code block-poller}. */
  static final class AppConverter implements CommandLine.ITypeConverter<ConfiguredApp> {
    @Override
    public ConfiguredApp convert(String value) {
      try {
        return ConfiguredApp.of(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not an app; expected one of " + new AppCandidates().list());
      }
    }
  }

  /** The app ids, for help and completion. */
  static final class AppCandidates implements Iterable<String> {
    List<String> list() {
      return Arrays.stream(ConfiguredApp.values()).map(ConfiguredApp::id).toList();
    }

    @Override
    public Iterator<String> iterator() {
      return list().iterator();
    }
  }
}
