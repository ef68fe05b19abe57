package io.chainexplorer.api.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * Daily chain statistics over a range of days, from one layer: the seam of the lambda query. The
 * batch layer's views answer the days up to their watermark and the hot store's per-minute metrics
 * the days after it ({@link LambdaMerge}); each day is labelled with the layer that served it.
 */
public interface ChainStatsSource {

  /** The layer's name as responses show it ("batch" or "speed"). */
  String layer();

  /** The days of {@code from} to {@code to} (inclusive) this layer has, oldest first. */
  List<DailyChainStats> daily(LocalDate from, LocalDate to);
}
