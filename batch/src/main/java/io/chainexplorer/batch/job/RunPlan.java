package io.chainexplorer.batch.job;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one run recomputes: every day in range when full (asked, or a view has no record of what it
 * reflects), else the days whose partitions changed since the views' records; {@code everything}
 * when nothing of earlier output is kept.
 *
 * @param full whether every day in range is recomputed
 * @param everything whether the run replaces every day (full, no range)
 * @param days the days recomputed, in order
 * @param seen the committed files of the cold store now
 * @param watermark the last day whose data is complete: the day before the newest day seen
 */
record RunPlan(
    boolean full,
    boolean everything,
    SortedSet<String> days,
    FileRecord seen,
    Optional<String> watermark,
    DayRange range) {

  /** The plan of a run configured by {@code config} over {@code seen}. */
  static RunPlan of(BatchConfig config, FileRecord seen, Collection<Optional<FileRecord>> records) {
    DayRange range = new DayRange(config.from(), config.to());
    boolean full = config.full() || records.stream().anyMatch(Optional::isEmpty);
    SortedSet<String> days = new TreeSet<>();
    if (full) {
      days.addAll(seen.days());
    } else {
      records.forEach(record -> days.addAll(seen.changedDays(record.orElseThrow())));
    }
    days.removeIf(day -> !range.contains(day));
    Optional<String> watermark =
        seen.days().isEmpty()
            ? Optional.empty()
            : Optional.of(LocalDate.parse(seen.days().last()).minusDays(1).toString());
    return new RunPlan(full, full && range.all(), days, seen, watermark, range);
  }

  /** This plan recomputing {@code more} days as well (those in range). */
  RunPlan with(Collection<String> more) {
    SortedSet<String> all = new TreeSet<>(days);
    more.stream().filter(range::contains).forEach(all::add);
    return new RunPlan(full, everything, all, seen, watermark, range);
  }

  /** Whether the run recomputes {@code day}. */
  boolean recomputes(String day) {
    return everything || days.contains(day);
  }

  /** The run's mode, as {@code _batch_run.json} names it. */
  String mode() {
    return full ? "full" : "incremental";
  }

  /** An inclusive range of days; an empty bound is open. */
  record DayRange(String from, String to) {
    boolean contains(String day) {
      return (from.isEmpty() || day.compareTo(from) >= 0)
          && (to.isEmpty() || day.compareTo(to) <= 0);
    }

    boolean all() {
      return from.isEmpty() && to.isEmpty();
    }
  }
}
