package io.chainexplorer.batchserving.reconcile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one reconciliation found: the run compared, the days both layers cover, and every
 * difference.
 */
public record ReconciliationReport(String runId, List<LocalDate> days, List<Drift> drifts) {

  /** The views compared, in report order. */
  public static final List<String> VIEWS = List.of("chain_daily", "token_daily", "address_daily");

  /** Differences per compared view, 0 for a view without any. */
  public Map<String, Long> driftByView() {
    Map<String, Long> counts = new LinkedHashMap<>();
    VIEWS.forEach(view -> counts.put(view, 0L));
    drifts.forEach(drift -> counts.merge(drift.view(), 1L, Long::sum));
    return counts;
  }

  /** One line: the run, the days compared and the differences per view. */
  public String summary() {
    String range = days.isEmpty() ? "no day" : days.get(0) + ".." + days.get(days.size() - 1);
    StringBuilder line =
        new StringBuilder("reconciled run " + runId + " over " + days.size() + " days (" + range);
    line.append("): drift");
    driftByView().forEach((view, count) -> line.append(' ').append(view).append('=').append(count));
    return line.toString();
  }
}
