package io.chainexplorer.batch.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a run did, written to {@code <out>/_batch_run.json} when it ends, failed or not: the file
 * the serving loader, the launcher and {@code make run}'s summary read.
 */
final class RunReport {

  static final String FILE = "_batch_run.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String runId = UUID.randomUUID().toString();
  private final Instant startedAt;
  private final Map<String, Object> views = new LinkedHashMap<>();
  private String mode = "full";
  private Optional<String> watermark = Optional.empty();

  RunReport(Instant startedAt) {
    this.startedAt = startedAt;
  }

  /** The run's plan: its mode and watermark. */
  void plan(RunPlan plan) {
    mode = plan.mode();
    watermark = plan.watermark();
  }

  /** {@code view} wrote {@code hashes}: its rows and days. */
  void written(BatchView view, List<DayHash> hashes) {
    Map<String, Object> written = new LinkedHashMap<>();
    written.put("rowsWritten", hashes.stream().mapToLong(DayHash::rows).sum());
    written.put("daysWritten", hashes.stream().map(DayHash::date).toList());
    views.put(view.viewName(), written);
  }

  /** Writes the report into {@code outputDir}; {@code failed} names the view that failed. */
  void write(Configuration hadoop, String outputDir, Instant finishedAt, Optional<BatchView> failed)
      throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("runId", runId);
    report.put("startedAt", startedAt.toString());
    report.put("finishedAt", finishedAt.toString());
    report.put("durationMs", Duration.between(startedAt, finishedAt).toMillis());
    report.put("mode", mode);
    report.put("views", views);
    report.put("watermark", watermark.orElse(null));
    report.put("status", failed.isPresent() ? "failed" : "ok");
    report.put("failedView", failed.map(BatchView::viewName).orElse(null));
    Path file = new Path(outputDir, FILE);
    FileSystem fs = file.getFileSystem(hadoop);
    try (OutputStream out = fs.create(file, true)) {
      out.write(JSON.writeValueAsBytes(report));
    }
  }
}
