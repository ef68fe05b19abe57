package io.chainexplorer.batch.job;

import io.chainexplorer.batch.input.ColdStore;
import io.chainexplorer.batch.input.Inputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/** One run: reads the cold store once and builds, writes and hashes each configured view. */
public final class BatchRun {

  private final SparkSession spark;
  private final BatchConfig config;

  public BatchRun(SparkSession spark, BatchConfig config) {
    this.spark = spark;
    this.config = config;
  }

  /** What the run wrote, per view and day; a failed view stops the run with its name. */
  public List<DayHash> run() {
    Inputs inputs =
        cached(ColdStore.open(spark, URI.create(config.coldStoreRoot()), config.chain()).inputs());
    ViewOutput output = new ViewOutput(spark);
    List<DayHash> hashes = new ArrayList<>();
    try {
      for (BatchView view : config.views()) {
        try {
          hashes.addAll(
              output.write(view, view.build(inputs), config.outputDir(), config.exportDir()));
        } catch (IOException e) {
          throw new ViewFailedException(view, new UncheckedIOException(e));
        } catch (RuntimeException e) {
          throw new ViewFailedException(view, e);
        }
      }
    } finally {
      unpersist(inputs);
    }
    return hashes;
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
