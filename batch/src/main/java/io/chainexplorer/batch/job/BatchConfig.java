package io.chainexplorer.batch.job;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/** What a batch run reads, builds and writes. */
public final class BatchConfig extends AbstractConfig {

  public static final String CHAIN_NAME = "chain.name";
  public static final String COLD_STORE_ROOT = "cold.store.root";
  public static final String OUTPUT_DIR = "batch.output.dir";
  public static final String EXPORT_DIR = "batch.export.dir";
  public static final String VIEWS = "batch.views";
  public static final String SPARK_MASTER = "spark.master";
  public static final String FULL = "batch.full";
  public static final String FROM = "batch.from";
  public static final String TO = "batch.to";

  private static final ConfigDef.Validator DAY =
      ConfigDef.LambdaValidator.with(
          (name, value) -> {
            if (value != null && !value.toString().isEmpty()) {
              try {
                LocalDate.parse(value.toString());
              } catch (DateTimeParseException e) {
                throw new ConfigException(name, value, "a day YYYY-MM-DD, or empty");
              }
            }
          },
          () -> "a day YYYY-MM-DD, or empty");

  /** The definition of every key, with its default, validator and documentation. */
  public static final ConfigDef DEFINITION =
      new ConfigDef()
          .define(
              CHAIN_NAME,
              Type.STRING,
              "eth-mainnet",
              ConfigDef.LambdaValidator.with(
                  (name, value) -> {
                    if (value == null || !value.toString().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                      throw new ConfigException(name, value, "lower-case words joined by hyphens");
                    }
                  },
                  () -> "lower-case words joined by hyphens"),
              Importance.HIGH,
              "Chain whose cold store is read: the directory under the cold-store root.")
          .define(
              COLD_STORE_ROOT,
              Type.STRING,
              ConfigDef.NO_DEFAULT_VALUE,
              new ConfigDef.NonEmptyString(),
              Importance.HIGH,
              "The HDFS sink's root.dir as a URI: hdfs://namenode:8020/chain-explorer or "
                  + "file:///path; a path without scheme is local.")
          .define(
              OUTPUT_DIR,
              Type.STRING,
              ConfigDef.NO_DEFAULT_VALUE,
              new ConfigDef.NonEmptyString(),
              Importance.HIGH,
              "Where the views are written as Parquet, <dir>/<view>/date=YYYY-MM-DD/, with "
                  + "their per-day content hashes in <dir>/<view>/_content_hashes.tsv.")
          .define(
              EXPORT_DIR,
              Type.STRING,
              "",
              Importance.LOW,
              "When set, each view is also written to <dir>/<view>.jsonl, one JSON object per "
                  + "row, uint256 values as decimal strings.")
          .define(
              VIEWS,
              Type.LIST,
              String.join(",", BatchView.names()),
              ConfigDef.ValidList.in(BatchView.names().toArray(String[]::new)),
              Importance.MEDIUM,
              "Views to build.")
          .define(
              SPARK_MASTER,
              Type.STRING,
              "local[2]",
              new ConfigDef.NonEmptyString(),
              Importance.MEDIUM,
              "Spark master: local[N] on one machine, spark://host:7077 for a cluster.")
          .define(
              FULL,
              Type.BOOLEAN,
              false,
              Importance.MEDIUM,
              "Recompute every day (in range) instead of the days whose cold-store partitions "
                  + "changed since each view's last run.")
          .define(
              FROM,
              Type.STRING,
              "",
              DAY,
              Importance.LOW,
              "First UTC day (YYYY-MM-DD) a run may recompute; empty: no bound.")
          .define(
              TO,
              Type.STRING,
              "",
              DAY,
              Importance.LOW,
              "Last UTC day (YYYY-MM-DD) a run may recompute; empty: no bound.");

  /** The configuration of {@code properties}; a range ending before it starts is refused. */
  public BatchConfig(Map<?, ?> properties) {
    super(DEFINITION, properties, false);
    if (!from().isEmpty() && !to().isEmpty() && from().compareTo(to()) > 0) {
      throw new ConfigException(FROM, from(), "after " + TO + " " + to());
    }
  }

  public String chain() {
    return getString(CHAIN_NAME);
  }

  public String coldStoreRoot() {
    return getString(COLD_STORE_ROOT);
  }

  public String outputDir() {
    return getString(OUTPUT_DIR);
  }

  /** The export directory, or empty when the views are not exported. */
  public String exportDir() {
    return getString(EXPORT_DIR);
  }

  public List<BatchView> views() {
    return getList(VIEWS).stream().map(BatchView::named).toList();
  }

  public String sparkMaster() {
    return getString(SPARK_MASTER);
  }

  public boolean full() {
    return getBoolean(FULL);
  }

  /** The first day a run may recompute, or empty. */
  public String from() {
    return getString(FROM);
  }

  /** The last day a run may recompute, or empty. */
  public String to() {
    return getString(TO);
  }
}
