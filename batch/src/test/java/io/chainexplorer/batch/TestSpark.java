package io.chainexplorer.batch;

import org.apache.spark.sql.SparkSession;

/** One local Spark per test JVM: starting one costs seconds, so every test class shares it. */
public final class TestSpark {

  private TestSpark() {}

  /** The JVM's {@code local[2]} session, on loopback, with one shuffle partition for few rows. */
  public static SparkSession session() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("chain-explorer-batch-test")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
