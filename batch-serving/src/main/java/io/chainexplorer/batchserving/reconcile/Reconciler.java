package io.chainexplorer.batchserving.reconcile;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.batchserving.metrics.BatchServingMetrics;
import io.chainexplorer.batchserving.parquet.BatchRunRecord;
import io.chainexplorer.batchserving.parquet.ContentHashes;
import io.chainexplorer.batchserving.parquet.DayHash;
import io.chainexplorer.batchserving.parquet.ViewFiles;
import io.chainexplorer.batchserving.view.ViewTables;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Compares the last batch run's views with the hot store for the days both layers cover: the days
 * of {@code chain_daily} up to the run's watermark for which the hot store still has chain metrics.
 * Writes every difference to {@code <out>/_reconciliation.tsv} and the counts per view to the
 * metrics.
 */
public final class Reconciler {

  public static final String FILE = "_reconciliation.tsv";

  private static final List<String> CHAIN_COLUMNS =
      List.of("blocks", "transactions", "gas_used", "fees_paid_wei");

  private final HotStore hot;
  private final Configuration hadoop;
  private final int maxAddresses;
  private final BatchServingMetrics metrics;

  public Reconciler(
      CqlSession session,
      String keyspace,
      Configuration hadoop,
      int maxAddresses,
      BatchServingMetrics metrics) {
    this.hot = new HotStore(session, keyspace);
    this.hadoop = hadoop;
    this.maxAddresses = maxAddresses;
    this.metrics = metrics;
  }

  /** Reconciles the run under {@code outputDir} and writes its report file there. */
  public ReconciliationReport reconcile(String outputDir) throws IOException {
    ViewFiles files = new ViewFiles(outputDir, hadoop);
    BatchRunRecord run = BatchRunRecord.read(files.outputDir(), hadoop);
    if (!run.ok()) {
      throw new IOException("batch run " + run.runId() + " failed: nothing to reconcile");
    }
    List<Drift> drifts = new ArrayList<>();
    List<LocalDate> days = compareChain(files, run, drifts);
    compareTokensAndAddresses(files, days, drifts);
    ReconciliationReport report = new ReconciliationReport(run.runId(), days, drifts);
    write(new Path(files.outputDir(), FILE), drifts);
    metrics.recordReconciliation(report);
    return report;
  }

  /** Compares chain_daily on the days both layers cover; returns those days. */
  private List<LocalDate> compareChain(ViewFiles files, BatchRunRecord run, List<Drift> drifts)
      throws IOException {
    SortedSet<LocalDate> batchDays = new TreeSet<>();
    for (DayHash hash : ContentHashes.read(files.outputDir(), "chain_daily", hadoop)) {
      batchDays.add(LocalDate.parse(hash.date()));
    }
    List<LocalDate> days = new ArrayList<>();
    if (run.watermark() != null && !batchDays.isEmpty()) {
      LocalDate first = batchDays.first();
      // A day the batch lacks between its first day and the watermark is drift, not a gap.
      SortedSet<LocalDate> candidates = new TreeSet<>(batchDays);
      candidates.addAll(hot.metricDays());
      for (LocalDate day : candidates) {
        if (day.isBefore(first) || day.isAfter(run.watermark())) {
          continue;
        }
        Optional<Map<String, String>> speed = hot.chainDay(day);
        if (speed.isEmpty()) {
          continue;
        }
        days.add(day);
        List<Map<String, Object>> rows =
            batchDays.contains(day)
                ? files.rows(ViewTables.CHAIN_DAILY, day.toString())
                : List.of();
        Figures.compare(
            "chain_daily",
            day,
            "chain",
            CHAIN_COLUMNS,
            rows.isEmpty() ? null : Figures.of(rows.get(0), CHAIN_COLUMNS),
            speed.get(),
            drifts);
      }
    }
    return days;
  }

  private void compareTokensAndAddresses(ViewFiles files, List<LocalDate> days, List<Drift> drifts)
      throws IOException {
    List<Map<String, Object>> tokens = files.rows(ViewTables.TOKENS, ViewFiles.WHOLE);
    TokenDailyCheck tokenCheck = new TokenDailyCheck(hot);
    AddressDailyCheck addressCheck = new AddressDailyCheck(hot, maxAddresses);
    for (LocalDate day : days) {
      tokenCheck.check(
          day, files.rows(ViewTables.TOKEN_DAILY, day.toString()), known(tokens, day), drifts);
      addressCheck.check(day, files.rows(ViewTables.ADDRESS_DAILY, day.toString()), drifts);
    }
  }

  /**
   * The tokens of the {@code tokens} view whose first and last transfer days enclose {@code day}.
   */
  private static Set<String> known(List<Map<String, Object>> tokens, LocalDate day) {
    Set<String> known = new HashSet<>();
    for (Map<String, Object> token : tokens) {
      LocalDate first = (LocalDate) token.get("first_date");
      LocalDate last = (LocalDate) token.get("last_date");
      if (first != null && last != null && !day.isBefore(first) && !day.isAfter(last)) {
        known.add((String) token.get("token_address"));
      }
    }
    return known;
  }

  private void write(Path file, List<Drift> drifts) throws IOException {
    try (OutputStream out = file.getFileSystem(hadoop).create(file, true)) {
      out.write((Drift.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
      for (Drift drift : drifts) {
        out.write((drift.line() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
