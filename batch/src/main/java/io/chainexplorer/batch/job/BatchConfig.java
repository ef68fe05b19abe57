package io.chainexplorer.batch.job;

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
              "Spark master: local[N] on one machine, spark://host:7077 for a cluster.");

  public BatchConfig(Map<?, ?> properties) {
    super(DEFINITION, properties, false);
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
}
