package io.chainexplorer.batchserving.load;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.batchserving.parquet.BatchRunRecord;
import io.chainexplorer.batchserving.parquet.ContentHashes;
import io.chainexplorer.batchserving.parquet.ViewFiles;
import io.chainexplorer.batchserving.view.ViewTable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Loads the last batch run under an output directory into the batch tables: every view that has a
 * {@code _content_hashes.tsv}, then one {@code batch_watermark} row, so that a reader who starts
 * from the newest watermark row never sees a run half loaded. A failed run is not loaded.
 */
public final class BatchLoader {

  /** The {@code layer} of every watermark row this loader writes. */
  public static final String LAYER = "batch";

  private final CqlSession session;
  private final String keyspace;
  private final Configuration hadoop;
  private final Clock clock;

  public BatchLoader(CqlSession session, String keyspace, Configuration hadoop, Clock clock) {
    this.session = session;
    this.keyspace = keyspace;
    this.hadoop = hadoop;
    this.clock = clock;
  }

  /** Loads {@code views} from {@code outputDir}; the watermark row is written last. */
  public LoadReport load(String outputDir, List<ViewTable> views) throws IOException {
    ViewFiles files = new ViewFiles(outputDir, hadoop);
    BatchRunRecord run = BatchRunRecord.read(files.outputDir(), hadoop);
    if (!run.ok()) {
      throw new IOException(
          "batch run " + run.runId() + " failed (view " + run.failedView() + "): not loaded");
    }
    Instant loadedAt = clock.instant();
    ViewLoader loader =
        new ViewLoader(
            session,
            keyspace,
            files,
            hadoop,
            new LoadedDays(session, keyspace),
            new LoadedKeys(session, keyspace));
    List<ViewLoad> loads = new ArrayList<>();
    for (ViewTable view : views) {
      Path hashes = new Path(new Path(files.outputDir(), view.view()), ContentHashes.FILE);
      if (hashes.getFileSystem(hadoop).exists(hashes)) {
        loads.add(loader.load(view, run.runId(), loadedAt));
      }
    }
    writeWatermark(run, loads, loadedAt);
    return new LoadReport(run, loads);
  }

  private void writeWatermark(BatchRunRecord run, List<ViewLoad> loads, Instant loadedAt) {
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    for (ViewLoad load : loads) {
      rows.put(load.view(), load.rows());
      hashes.put(load.view(), load.contentHash());
    }
    session.execute(
        session
            .prepare(
                "INSERT INTO "
                    + keyspace
                    + ".batch_watermark (layer, loaded_at, run_id, watermark, run_finished_at,"
                    + " mode, view_rows, view_hashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(
                LAYER,
                loadedAt,
                run.runId(),
                run.watermark(),
                run.finishedAt(),
                run.mode(),
                rows,
                hashes));
  }
}
