package io.chainexplorer.batchserving.parquet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The batch job's {@code <out>/_batch_run.json}: which run wrote the views, how it ended, and the
 * last UTC day whose data was complete in the cold store (null when it saw no complete day).
 *
 * @param viewRows rows written per view by that run
 */
public record BatchRunRecord(
    String runId,
    Instant finishedAt,
    long durationMs,
    String mode,
    LocalDate watermark,
    String status,
    String failedView,
    Map<String, Long> viewRows) {

  public static final String FILE = "_batch_run.json";

  /** Whether the run finished without a failed view. */
  public boolean ok() {
    return "ok".equals(status);
  }

  /** Reads the record of the last run under {@code outputDir}. */
  public static BatchRunRecord read(Path outputDir, Configuration hadoop) throws IOException {
    Path file = new Path(outputDir, FILE);
    FileSystem fs = file.getFileSystem(hadoop);
    if (!fs.exists(file)) {
      throw new IOException("no " + FILE + " under " + outputDir + ": no batch run finished there");
    }
    JsonNode json;
    try (InputStream in = fs.open(file)) {
      json = new ObjectMapper().readTree(in);
    }
    Map<String, Long> viewRows = new LinkedHashMap<>();
    json.path("views")
        .fields()
        .forEachRemaining(e -> viewRows.put(e.getKey(), e.getValue().path("rowsWritten").asLong()));
    JsonNode watermark = json.path("watermark");
    JsonNode failed = json.path("failedView");
    return new BatchRunRecord(
        required(json, "runId", file).asText(),
        instant(required(json, "finishedAt", file)),
        json.path("durationMs").asLong(),
        json.path("mode").asText("full"),
        watermark.isTextual() ? LocalDate.parse(watermark.asText()) : null,
        required(json, "status", file).asText(),
        failed.isTextual() ? failed.asText() : null,
        viewRows);
  }

  private static JsonNode required(JsonNode json, String field, Path file) throws IOException {
    JsonNode value = json.path(field);
    if (value.isMissingNode() || value.isNull()) {
      throw new IOException(file + " has no " + field);
    }
    return value;
  }

  /** ISO-8601 text, or milliseconds since the epoch. */
  private static Instant instant(JsonNode value) {
    return value.isNumber() ? Instant.ofEpochMilli(value.asLong()) : Instant.parse(value.asText());
  }
}
