package io.chainexplorer.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What BatchJob wrote in {@code <out>/_batch_run.json} about its last run: status, duration,
 * watermark (the last UTC day complete in the cold store) and the view that failed, if one did.
 */
public record BatchRunReport(
    String status, Duration duration, Optional<String> watermark, Optional<String> failedView) {

  public static final String FILE_NAME = "_batch_run.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The report in {@code file}; empty when there is none yet or it cannot be read whole. */
  public static Optional<BatchRunReport> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (root == null || !root.hasNonNull("status")) {
        return Optional.empty();
      }
      return Optional.of(
          new BatchRunReport(
              root.get("status").asText(),
              Duration.ofMillis(root.path("durationMs").asLong(0)),
              text(root, "watermark"),
              text(root, "failedView")));
    } catch (IOException e) {
      // a report being rewritten by a run that has just ended: the next read will see it whole
      return Optional.empty();
    }
  }

  /** One line, e.g. {@code ok in 42.1 s, watermark 2026-12-06}. */
  public String line() {
    StringBuilder text = new StringBuilder(status);
    failedView.ifPresent(view -> text.append(" (view ").append(view).append(')'));
    text.append(String.format(Locale.ROOT, " in %.1f s", duration.toMillis() / 1000.0));
    text.append(", watermark ").append(watermark.orElse("none"));
    return text.toString();
  }

  private static Optional<String> text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }
}
