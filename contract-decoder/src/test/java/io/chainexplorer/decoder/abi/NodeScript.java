package io.chainexplorer.decoder.abi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of this module's Node scripts (src/test/js) from the repository root, with a timeout.
 */
final class NodeScript {
  private NodeScript() {}

  static Path root() {
    String root = System.getProperty("chainexplorer.root");
    if (root != null) {
      return Path.of(root);
    }
    Path here = Path.of("").toAbsolutePath();
    return here.getFileName().toString().equals("contract-decoder") ? here.getParent() : here;
  }

  /** Runs {@code node script args...}, returns its output, fails on a timeout or non-zero exit. */
  static String run(String script, Duration timeout, String... args)
      throws IOException, InterruptedException {
    Path root = root();
    List<String> command = new ArrayList<>();
    command.add("node");
    command.add(root.resolve("contract-decoder/src/test/js").resolve(script).toString());
    command.addAll(List.of(args));
    Path log = Files.createTempFile("node-", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(script + " did not finish within " + timeout);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(script + " exited " + process.exitValue() + ": " + output);
      }
      return output;
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(log);
    }
  }
}
