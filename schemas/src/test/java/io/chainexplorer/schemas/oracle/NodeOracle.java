package io.chainexplorer.schemas.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the Node oracle script once: one JSON request on stdin, one JSON answer on stdout. */
final class NodeOracle {

  private static final long TIMEOUT_SECONDS = 120;
  private static final ObjectMapper JSON = new ObjectMapper();

  private NodeOracle() {}

  static JsonNode call(Path repoRoot, JsonNode request) throws IOException, InterruptedException {
    Path script = repoRoot.resolve("schemas/src/test/js/confluent-oracle.js");
    Path stdout = Files.createTempFile("confluent-oracle-", ".out.json");
    Path stderr = Files.createTempFile("confluent-oracle-", ".err.txt");
    try {
      Process node =
          new ProcessBuilder("node", script.toString())
              .directory(repoRoot.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      try (OutputStream in = node.getOutputStream()) {
        JSON.writeValue(in, request);
      }
      if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        node.destroyForcibly();
        throw new IllegalStateException("Node oracle did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (node.exitValue() != 0) {
        throw new IllegalStateException(
            "Node oracle failed with exit code "
                + node.exitValue()
                + ": "
                + Files.readString(stderr));
      }
      return JSON.readTree(stdout.toFile());
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }
}
