package io.chainexplorer.batch.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * The batch layer's main class, run in its own JVM: {@code BatchJob --cold-store URI --out DIR
 * [--export-dir DIR] [--view V]... [--chain C] [--master M] [--full] [--from DAY] [--to DAY]};
 * prints the per-day hashes of the days it wrote, and exits 0, or 1 naming the view that failed.
 */
public final class BatchJob {

  private static final Map<String, String> OPTIONS =
      Map.of(
          "--cold-store", BatchConfig.COLD_STORE_ROOT,
          "--out", BatchConfig.OUTPUT_DIR,
          "--export-dir", BatchConfig.EXPORT_DIR,
          "--view", BatchConfig.VIEWS,
          "--chain", BatchConfig.CHAIN_NAME,
          "--master", BatchConfig.SPARK_MASTER,
          "--from", BatchConfig.FROM,
          "--to", BatchConfig.TO);

  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  private BatchJob() {}

  /** Four shuffle partitions per core of a {@code local[N]} or {@code local[*]} master. */
  static int localShufflePartitions(String master) {
    Matcher threads = Pattern.compile("local\\[(\\d+|\\*)").matcher(master);
    int cores =
        !threads.lookingAt() || threads.group(1).equals("*")
            ? Runtime.getRuntime().availableProcessors()
            : Integer.parseInt(threads.group(1));
    return 4 * Math.max(1, cores);
  }

  public static void main(String[] args) {
    BatchConfig config = new BatchConfig(properties(args));
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("chain-explorer-batch")
            .master(config.sparkMaster())
            .config("spark.sql.session.timeZone", "UTC");
    if (config.sparkMaster().startsWith("local")) {
      // Otherwise Spark binds to the first non-loopback address it finds.
      builder
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1");
      if (System.getProperty(SHUFFLE_PARTITIONS) == null) {
        // Spark's 200 shuffle partitions cost a job each when a view is hashed in key order: on
        // one machine a few per core is faster at every size the benchmark tried.
        builder.config(SHUFFLE_PARTITIONS, localShufflePartitions(config.sparkMaster()));
      }
    }
    SparkSession spark = builder.getOrCreate();
    int status;
    try {
      List<DayHash> hashes = new BatchRun(spark, config).run();
      hashes.forEach(hash -> System.out.println(hash.line()));
      status = 0;
    } catch (BatchRun.ViewFailedException e) {
      System.err.println("batch: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /**
   * The configuration {@code args} give; a repeated {@code --view} adds a view, {@code --full}
   * takes no value.
   */
  static Map<String, String> properties(String[] args) {
    Map<String, String> properties = new HashMap<>();
    int i = 0;
    while (i < args.length) {
      if (args[i].equals("--full")) {
        properties.put(BatchConfig.FULL, "true");
        i++;
        continue;
      }
      String key = OPTIONS.get(args[i]);
      if (key == null || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "usage: BatchJob --cold-store URI --out DIR [--export-dir DIR] [--view V]..."
                + " [--chain C] [--master M] [--full] [--from DAY] [--to DAY]; unexpected "
                + args[i]);
      }
      properties.merge(key, args[i + 1], (a, b) -> a + "," + b);
      i += 2;
    }
    return properties;
  }
}
