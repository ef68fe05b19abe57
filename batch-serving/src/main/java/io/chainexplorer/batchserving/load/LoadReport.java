package io.chainexplorer.batchserving.load;

import io.chainexplorer.batchserving.parquet.BatchRunRecord;
import java.util.List;

/** What a load did: the run it loaded and, per view present in the output, what was written. */
public record LoadReport(BatchRunRecord run, List<ViewLoad> views) {

  /** Rows written over every view. */
  public long rowsWritten() {
    return views.stream().mapToLong(ViewLoad::rowsWritten).sum();
  }

  /** Rows deleted over every view because their key vanished from a recomputed day. */
  public long rowsDeleted() {
    return views.stream().mapToLong(ViewLoad::rowsDeleted).sum();
  }

  /** Days written over every view. */
  public int daysLoaded() {
    return views.stream().mapToInt(ViewLoad::daysLoaded).sum();
  }

  /** Days skipped over every view because their content was already loaded. */
  public int daysSkipped() {
    return views.stream().mapToInt(ViewLoad::daysSkipped).sum();
  }
}
