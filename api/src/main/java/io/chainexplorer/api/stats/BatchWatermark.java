package io.chainexplorer.api.stats;

import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import io.chainexplorer.api.store.HotStore;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The batch layer's watermark: the last day its newest loaded run is complete up to. The loader
 * writes the {@code batch_watermark} row after every view's rows, so the batch tables hold every
 * day up to it.
 */
public final class BatchWatermark {

  private static final String NEWEST =
      "SELECT watermark FROM ks.batch_watermark WHERE layer = 'batch' LIMIT 1";

  private final HotStore store;

  public BatchWatermark(HotStore store) {
    this.store = store;
  }

  /** The watermark, or empty when no batch run was ever loaded into this keyspace. */
  public Optional<LocalDate> read() {
    try {
      Row row = store.session().execute(store.prepare(NEWEST).bind()).one();
      return row == null || row.isNull("watermark")
          ? Optional.empty()
          : Optional.of(row.getLocalDate("watermark"));
    } catch (InvalidQueryException e) {
      // The batch tables are created by the first load: before it, there is no batch layer yet.
      return Optional.empty();
    }
  }
}
