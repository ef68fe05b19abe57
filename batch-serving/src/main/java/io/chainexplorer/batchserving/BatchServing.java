package io.chainexplorer.batchserving;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.batchserving.cql.ServingSessions;
import io.chainexplorer.batchserving.metrics.BatchServingMetrics;
import io.chainexplorer.batchserving.reconcile.ReconciliationReport;
import io.chainexplorer.cql.CqlEndpointConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The serving side's main class, run after the Spark job: {@code BatchServing load|reconcile --out
 * DIR [--config FILE] [--contact-points H:P,..] [--datacenter DC] [--keyspace KS] [--username U]}.
 * Exits 0 when done (reconcile: and no drift), 1 with the reason on the standard error, 2 when
 * reconcile found drift (the differences are in {@code <out>/_reconciliation.tsv}).
 */
public final class BatchServing {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int DRIFT = 2;

  private static final String USAGE =
      "usage: BatchServing load|reconcile --out DIR [--config FILE] [--contact-points H:P,..]"
          + " [--datacenter DC] [--keyspace KS] [--username U]";

  // Passwords come from the --config file only: a command line is visible to every local user.
  private static final Map<String, String> OPTIONS =
      Map.of(
          "--out", BatchServingConfig.OUTPUT_DIR,
          "--contact-points", CqlEndpointConfig.CONTACT_POINTS,
          "--datacenter", CqlEndpointConfig.LOCAL_DATACENTER,
          "--keyspace", BatchServingConfig.KEYSPACE,
          "--username", CqlEndpointConfig.USERNAME);

  private BatchServing() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 0 || !(args[0].equals("load") || args[0].equals("reconcile"))) {
        throw new IllegalArgumentException(USAGE);
      }
      BatchServingConfig config = new BatchServingConfig(properties(args));
      try (CqlSession session = ServingSessions.open(config)) {
        ServingRun serving = new ServingRun(session, config, new BatchServingMetrics());
        if (args[0].equals("load")) {
          out.println(ServingRun.loadLine(serving.load()));
          return OK;
        }
        ReconciliationReport report = serving.reconcile();
        out.println(report.summary());
        return report.drifts().isEmpty() ? OK : DRIFT;
      }
    } catch (IOException | RuntimeException e) {
      // Messages name files, views, hosts and keys; the configuration never puts a secret in one.
      err.println("batch-serving: " + e.getMessage());
      return FAILED;
    }
  }

  /** The configuration {@code args} give after the command: a --config file, then options. */
  static Map<String, String> properties(String[] args) throws IOException {
    Map<String, String> properties = new HashMap<>();
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(USAGE + "; " + args[i] + " has no value");
      }
      if (args[i].equals("--config")) {
        Properties file = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[i + 1]))) {
          file.load(in);
        }
        file.stringPropertyNames().forEach(name -> properties.put(name, file.getProperty(name)));
      } else if (OPTIONS.containsKey(args[i])) {
        options.put(OPTIONS.get(args[i]), args[i + 1]);
      } else {
        throw new IllegalArgumentException(USAGE + "; unexpected " + args[i]);
      }
    }
    properties.putAll(options);
    return properties;
  }
}
