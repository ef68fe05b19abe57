package io.chainexplorer.cli.abi;

import io.chainexplorer.cli.VersionProvider;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chain-explorer abi decode}: decodes a JSON-lines file of calls and logs, line by line. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Decodes each line of the input file with the contract-decoder's ABI codec and writes one"
          + " output line per input line.",
      "Input lines: {\"signature\": \"f(uint256,address[])\", \"calldata\": \"0x...\"} (calldata"
          + " with its 4-byte selector) or {\"event\": \"E(address indexed,uint256)\", \"topics\":"
          + " [\"0x...\"], \"data\": \"0x...\"} (add \"anonymous\": true for an anonymous event).",
      "Output lines repeat the input and add \"decoded\": [...], one canonical value per"
          + " top-level parameter (integers as decimal strings, addresses, bytes and bytesN as"
          + " lowercase 0x hex, bool as JSON bool, strings as JSON strings, arrays and tuples as"
          + " JSON arrays, indexed strings, bytes, arrays and tuples as their topic hash), or"
          + " \"error\": \"...\" with the reason. Blank lines are skipped.",
      "Exit code 0 when the file was processed (errors are per line), 1 if the output cannot be"
          + " written, 2 on bad usage (such as a missing input file)."
    })
public final class AbiDecodeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "F",
      description = "JSON-lines file of calls and logs to decode.")
  Path input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "G",
      description = "File to write, one JSON line per input line (replaced if it exists).")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      spec.commandLine().getErr().println("Cannot read input file " + input);
      return CommandLine.ExitCode.USAGE;
    }
    AbiLineDecoder decoder = new AbiLineDecoder();
    long lines = 0;
    long errors = 0;
    try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        AbiLineDecoder.Outcome outcome = decoder.decode(line);
        writer.write(outcome.json());
        writer.newLine();
        lines++;
        errors += outcome.error() ? 1 : 0;
      }
    }
    spec.commandLine()
        .getOut()
        .println("Decoded " + (lines - errors) + " of " + lines + " lines (" + errors + " errors)");
    return CommandLine.ExitCode.OK;
  }
}
