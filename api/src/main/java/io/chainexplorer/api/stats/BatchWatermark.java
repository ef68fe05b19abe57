package io.chainexplorer.api.stats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The batch layer's watermark: the last day its newest loaded run is complete up to. The loader
 * writes the {@code batch_watermark} row after every view's rows, so the batch tables hold every
 * day up to it.
 */
public final class BatchWatermark {

  private final BatchRuns runs;

  public BatchWatermark(BatchRuns runs) {
    this.runs = runs;
  }

  /** The watermark, or empty when no batch run was ever loaded into this keyspace. */
  public Optional<LocalDate> read() {
    return runs.last().map(BatchRun::watermark).filter(Objects::nonNull).map(LocalDate::parse);
  }
}
