package io.chainexplorer.cli.config;

import io.chainexplorer.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the generated configuration reference and topic table, or rewrites them in a file. */
@Command(
    name = "config-docs",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Generates the README's configuration reference (from every app's definition) and topic"
          + " table (from the topic catalogue).",
      "Without --update, prints them; `make docs` runs it with --update README.md."
    })
public final class ConfigDocsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--update",
      paramLabel = "FILE",
      description =
          "Rewrite the text between the <!-- config-reference:start/end --> and"
              + " <!-- topic-table:start/end --> markers of this Markdown file.")
  Path update;

  @Option(
      names = "--chain",
      paramLabel = "NAME",
      defaultValue = ReadmeContent.README_CHAIN,
      description = "Chain whose topic names the table shows (default: ${DEFAULT-VALUE}).")
  String chain;

  @Override
  public Integer call() throws IOException {
    Map<String, String> regions;
    try {
      regions = ReadmeContent.regions(chain);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (update == null) {
      regions.forEach((name, content) -> out.println("## " + name + "\n\n" + content));
      return CommandLine.ExitCode.OK;
    }
    if (!Files.isRegularFile(update)) {
      throw new CommandLine.ParameterException(spec.commandLine(), update + " does not exist");
    }
    String document = Files.readString(update, StandardCharsets.UTF_8);
    String updated = document;
    for (Map.Entry<String, String> region : regions.entrySet()) {
      if (MarkdownSections.has(updated, region.getKey())) {
        updated = MarkdownSections.replace(updated, region.getKey(), region.getValue());
      } else {
        spec.commandLine()
            .getErr()
            .println(update + " has no " + region.getKey() + " markers: left as is");
      }
    }
    if (!updated.equals(document)) {
      Files.writeString(update, updated, StandardCharsets.UTF_8);
    }
    out.println((updated.equals(document) ? "up to date: " : "updated: ") + update);
    return CommandLine.ExitCode.OK;
  }
}
