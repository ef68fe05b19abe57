package io.chainexplorer.cli.batch;

import io.chainexplorer.platform.config.ConfigLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/** How the batch layer's Spark job is launched: where it is installed, its JVM and its master. */
public final class BatchLaunchConfig extends AbstractConfig {

  public static final String HOME = "batch.home";
  public static final String HEAP = "batch.heap";
  public static final String SPARK_MASTER = "spark.master";
  public static final String INTERVAL_MINUTES = "batch.interval.minutes";

  /** The environment variable the launcher script sets to the installation's root. */
  static final String ROOT_ENV = "CHAIN_EXPLORER_HOME";

  private static final ConfigDef DEFINITION =
      new ConfigDef()
          .define(
              HOME,
              Type.STRING,
              "",
              Importance.MEDIUM,
              "Directory holding chain-explorer-batch.jar, its lib/ and spark-jvm.options (the"
                  + " batch module's package output); empty: batch/target under"
                  + " CHAIN_EXPLORER_HOME (set by bin/chain-explorer), else under the working"
                  + " directory.")
          .define(
              HEAP,
              Type.STRING,
              "1g",
              ConfigDef.LambdaValidator.with(
                  (name, value) -> {
                    if (!String.valueOf(value).matches("[1-9][0-9]*[kmgKMG]?")) {
                      throw new ConfigException(name, value, "a size as in -Xmx, e.g. 1g");
                    }
                  },
                  () -> "a size as in -Xmx (512m, 1g)"),
              Importance.LOW,
              "Heap of the batch JVM, as in -Xmx.")
          .define(
              SPARK_MASTER,
              Type.STRING,
              "local[2]",
              new ConfigDef.NonEmptyString(),
              Importance.MEDIUM,
              "Spark master of the job: local[N] in this JVM's child, or spark://host:7077.")
          .define(
              INTERVAL_MINUTES,
              Type.INT,
              5,
              Range.atLeast(0),
              Importance.MEDIUM,
              "Minutes between two batch runs of `chain-explorer run` following the head (the"
                  + " next starts that long after the previous one ended); 0: no batch runs.");

  public BatchLaunchConfig(Map<String, ?> values) {
    super(DEFINITION, values, false);
  }

  /** Reads the keys from the environment ({@code CHAIN_EXPLORER_BATCH_HOME}, ...) and overrides. */
  public static BatchLaunchConfig load(Map<String, String> overrides) {
    return ConfigLoader.of(DEFINITION)
        .withEnvironment(System.getenv())
        .withOverrides(overrides)
        .load(BatchLaunchConfig::new);
  }

  public static ConfigDef definition() {
    return DEFINITION;
  }

  /** The installation directory; {@code root} stands for CHAIN_EXPLORER_HOME when none is set. */
  public Path home(Path root) {
    String home = getString(HOME);
    return home.isBlank() ? root.resolve("batch").resolve("target") : Paths.get(home);
  }

  public String heap() {
    return getString(HEAP);
  }

  public String sparkMaster() {
    return getString(SPARK_MASTER);
  }

  /** Time between two runs of {@code run}'s schedule; zero when it is off. */
  public Duration interval() {
    return Duration.ofMinutes(getInt(INTERVAL_MINUTES));
  }

  /** CHAIN_EXPLORER_HOME, or the working directory. */
  public static Path installationRoot() {
    String root = System.getenv(ROOT_ENV);
    return Paths.get(root == null || root.isBlank() ? "" : root).toAbsolutePath().normalize();
  }
}
