package io.chainexplorer.api.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The lambda query's merge rule: the batch layer answers every day up to and including its
 * watermark, the speed layer every day after it; without a watermark the speed layer answers all.
 * The two day ranges are disjoint and adjacent, so no day is served twice and none falls between.
 */
public final class LambdaMerge {

  private LambdaMerge() {}

  /**
   * The days of {@code from} to {@code to}, oldest first: {@code batch} asked for the days up to
   * the watermark, {@code speed} for the rest (each called only when its part of the range is not
   * empty, and each returning its days oldest first).
   */
  public static <T> List<T> merge(
      Optional<LocalDate> watermark,
      LocalDate from,
      LocalDate to,
      BiFunction<LocalDate, LocalDate, List<T>> batch,
      BiFunction<LocalDate, LocalDate, List<T>> speed) {
    List<T> days = new ArrayList<>();
    LocalDate speedFrom = from;
    if (watermark.isPresent() && !watermark.get().isBefore(from)) {
      LocalDate batchTo = watermark.get().isBefore(to) ? watermark.get() : to;
      days.addAll(batch.apply(from, batchTo));
      speedFrom = batchTo.plusDays(1);
    }
    if (!speedFrom.isAfter(to)) {
      days.addAll(speed.apply(speedFrom, to));
    }
    return days;
  }
}
