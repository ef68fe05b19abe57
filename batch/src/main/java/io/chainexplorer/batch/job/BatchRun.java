package io.chainexplorer.batch.job;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One run: finds the days whose cold-store partitions changed since each view's record (every day
 * when full), reads those days once, builds, writes and hashes each view on them, records the files
 * it reflects, and reports the run in {@code _batch_run.json}.
 */
public final class BatchRun {

  private final SparkSession spark;
  private final BatchConfig config;
  private final Clock clock;
  private final Configuration hadoop;

  public BatchRun(SparkSession spark, BatchConfig config) {
    this(spark, config, Clock.systemUTC());
  }

  BatchRun(SparkSession spark, BatchConfig config, Clock clock) {
    this.spark = spark;
    this.config = config;
    this.clock = clock;
    this.hadoop = spark.sparkContext().hadoopConfiguration();
  }

  /** The hashes of the days the run wrote, per view; a failed view stops the run with its name. */
  public List<DayHash> run() {
    RunReport report = new RunReport(clock.instant());
    Optional<BatchView> failed = Optional.empty();
    try {
      return run(report);
    } catch (ViewFailedException e) {
      failed = Optional.of(e.view());
      throw e;
    } finally {
      try {
        report.write(hadoop, config.outputDir(), clock.instant(), failed);
      } catch (IOException e) {
        // The views are written: a missing report costs the next reader a run, not data.
        System.err.println("batch: cannot write " + RunReport.FILE + ": " + e.getMessage());
      }
    }
  }

  private List<DayHash> run(RunReport report) {
    ColdStore store = ColdStore.open(spark, URI.create(config.coldStoreRoot()), config.chain());
    Set<BatchView> views = views();
    Map<BatchView, Optional<FileRecord>> records = new LinkedHashMap<>();
    for (BatchView view : views) {
      records.put(view, read(view));
    }
    RunPlan plan = RunPlan.of(config, FileRecord.of(store.committedFiles()), records.values());
    ViewOutput output = new ViewOutput(spark);
    ViewState state = new ViewState(spark, config.outputDir(), store, output);
    state.plan(plan);
    report.plan(plan);
    List<DayHash> hashes = new ArrayList<>();
    if (plan.days().isEmpty() && !plan.everything()) {
      views.forEach(view -> report.written(view, List.of()));
      return hashes;
    }
    Inputs inputs = cached(store.inputs(plan::recomputes));
    try {
      if (views.contains(BatchView.SECURITY_TOKENS_DAILY)) {
        Set<String> moved = state.recognitionMoves(inputs);
        if (!plan.days().containsAll(moved)) {
          plan = plan.with(moved);
          state.plan(plan);
          unpersist(inputs);
          inputs = cached(store.inputs(plan::recomputes));
        }
      }
      for (BatchView view : views) {
        hashes.addAll(write(view, inputs, plan, state, output, records.get(view), report));
      }
    } finally {
      unpersist(inputs);
    }
    return hashes;
  }

  private List<DayHash> write(
      BatchView view,
      Inputs inputs,
      RunPlan plan,
      ViewState state,
      ViewOutput output,
      Optional<FileRecord> record,
      RunReport report) {
    Dataset<Row> rows = null;
    try {
      // Kept once built: writing the view and hashing it would otherwise each compute it.
      rows = view.build(inputs, state).persist(StorageLevel.MEMORY_AND_DISK());
      List<DayHash> hashes =
          output.write(
              view,
              rows,
              config.outputDir(),
              config.exportDir(),
              state.replaced(view),
              plan.everything());
      state.written(view);
      Path directory = new Path(config.outputDir(), view.viewName());
      plan.seen()
          .on(plan.range()::contains, record)
          .write(directory.getFileSystem(hadoop), directory);
      report.written(view, hashes);
      return hashes;
    } catch (IOException e) {
      throw new ViewFailedException(view, new UncheckedIOException(e));
    } catch (RuntimeException e) {
      throw new ViewFailedException(view, e);
    } finally {
      if (rows != null) {
        rows.unpersist();
      }
    }
  }

  /** The configured views in build order; adoption is folded from security-tokens-daily. */
  private Set<BatchView> views() {
    Set<BatchView> views = EnumSet.noneOf(BatchView.class);
    views.addAll(config.views());
    if (views.contains(BatchView.SECURITY_TOKEN_ADOPTION)) {
      views.add(BatchView.SECURITY_TOKENS_DAILY);
    }
    return views;
  }

  private Optional<FileRecord> read(BatchView view) {
    Path directory = new Path(config.outputDir(), view.viewName());
    try {
      FileSystem fs = directory.getFileSystem(hadoop);
      // A record without the hashes of the days it covers is no record: rebuild in full.
      return fs.exists(new Path(directory, ViewOutput.HASHES))
          ? FileRecord.read(fs, directory)
          : Optional.empty();
    } catch (IOException e) {
      throw new ViewFailedException(view, new UncheckedIOException(e));
    }
  }

  /** Every view reads the canonical inputs: their deduplication runs once per run. */
  private static Inputs cached(Inputs inputs) {
    return new Inputs(
        inputs.blocks().persist(StorageLevel.MEMORY_AND_DISK()),
        inputs.transactions().persist(StorageLevel.MEMORY_AND_DISK()),
        inputs.tokenTransfers().persist(StorageLevel.MEMORY_AND_DISK()),
        inputs.contractCreations().persist(StorageLevel.MEMORY_AND_DISK()),
        inputs.logs().persist(StorageLevel.MEMORY_AND_DISK()),
        inputs.calls().persist(StorageLevel.MEMORY_AND_DISK()));
  }

  private static void unpersist(Inputs inputs) {
    for (Dataset<Row> input :
        List.of(
            inputs.blocks(),
            inputs.transactions(),
            inputs.tokenTransfers(),
            inputs.contractCreations(),
            inputs.logs(),
            inputs.calls())) {
      input.unpersist();
    }
  }

  /** A view that could not be built or written. */
  public static final class ViewFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient BatchView view;

    ViewFailedException(BatchView view, RuntimeException cause) {
      super("view " + view.viewName() + " failed: " + cause.getMessage(), cause);
      this.view = view;
    }

    public BatchView view() {
      return view;
    }
  }
}
