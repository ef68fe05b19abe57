package io.chainexplorer.batch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The batch benchmark ({@code make bench-batch}), in one run on one cold store: the generator
 * writes the first hours of a mainnet-like day, then for each size (default 6, 12 and 24 hours) a
 * full recompute of every view by {@code BatchJob} into a fresh directory and DuckDB's chain-daily
 * and token-daily over the same files, compared with Spark's; then Spark on the two views DuckDB
 * computes; then one more hour and {@code BatchJob} again on the last size's output (incremental
 * when the job has that mode). Options: {@code --work DIR --seed N --hours 6,12,24 --new-hours 1
 * --spark-heap 3g --spark-conf key=value,... --duckdb-memory 3GB}.
 */
public final class BatchBenchmark {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

  private final Map<String, String> options;
  private final Path work;
  private final List<String> report = new ArrayList<>();
  private final List<String> comparisons = new ArrayList<>();

  private BatchBenchmark(Map<String, String> options) {
    this.options = options;
    this.work = Path.of(options.getOrDefault("--work", "target/bench-batch")).toAbsolutePath();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    new BatchBenchmark(options).run();
  }

  private void run() throws Exception {
    delete(work);
    Files.createDirectories(work);
    Path store = work.resolve("cold-store");
    String conf = options.getOrDefault("--spark-conf", "");
    SparkJob spark =
        new SparkJob(
            options.getOrDefault("--spark-heap", "3g"),
            conf.isEmpty() ? List.of() : List.of(conf.split(",")),
            work.resolve("logs"));
    int[] sizes =
        Arrays.stream(options.getOrDefault("--hours", "6,12,24").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int newHours = Integer.parseInt(options.getOrDefault("--new-hours", "1"));
    MainnetDay day = new MainnetDay(Long.parseLong(options.getOrDefault("--seed", "42")), DAY);
    line(
        "Batch benchmark: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Spark local[2]"
            + " heap "
            + options.getOrDefault("--spark-heap", "3g")
            + ", DuckDB 2 threads");
    line("");
    line(
        "| data | records (blocks/tx/logs/transfers) | generate s | Spark all views s | mode"
            + " | DuckDB 2 views s | Spark 2 views s | Spark/DuckDB |");
    line("|---|---|---|---|---|---|---|---|");
    try (ColdStoreDay writer = new ColdStoreDay(day, store)) {
      int done = 0;
      Path last = null;
      for (int hours : sizes) {
        last = fullRun(spark, writer, store, done, hours, hours == sizes[sizes.length - 1]);
        done = hours;
      }
      long generate = timed(writer, done, done + newHours);
      SparkJob.Result again = spark.run("plus-" + newHours + "h", store, last, List.of());
      line(
          "| +"
              + newHours
              + " h on "
              + done
              + " h | "
              + counts(writer.written())
              + " | "
              + seconds(generate)
              + " | "
              + seconds(again.wallMillis())
              + " | "
              + again.mode()
              + " | | | |");
    }
  }

  /**
   * Writes hours {@code from} to {@code hours}, then times Spark's full recompute and DuckDB on
   * them, and on the {@code last} size also Spark on DuckDB's two views; Spark's output directory.
   */
  private Path fullRun(
      SparkJob spark, ColdStoreDay writer, Path store, int from, int hours, boolean last)
      throws Exception {
    long generate = timed(writer, from, hours);
    Path out = work.resolve("out-" + hours + "h");
    SparkJob.Result full = spark.run("full-" + hours + "h", store, out, List.of());
    long duck = duckDb(store, out);
    String two = "";
    String ratio = "";
    if (last) {
      long views =
          spark
              .run(
                  "two-views-" + hours + "h",
                  store,
                  work.resolve("out-two-views"),
                  List.of("--view", "chain_daily", "--view", "token_daily"))
              .wallMillis();
      two = seconds(views);
      ratio = String.format("%.1f", views / (double) duck);
    }
    line(
        "| "
            + hours
            + " h | "
            + counts(writer.written())
            + " | "
            + seconds(generate)
            + " | "
            + seconds(full.wallMillis())
            + " | "
            + full.mode()
            + " | "
            + seconds(duck)
            + " | "
            + two
            + " | "
            + ratio
            + " |");
    return out;
  }

  /** DuckDB's two views over {@code store}, compared with Spark's in {@code out}; its millis. */
  private long duckDb(Path store, Path out) throws Exception {
    try (DuckDbViews duck =
        new DuckDbViews(store, "eth-mainnet", options.getOrDefault("--duckdb-memory", "3GB"))) {
      long millis = duck.build();
      for (ViewComparison.Outcome outcome :
          List.of(ViewComparison.chainDaily(duck, out), ViewComparison.tokenDaily(duck, out))) {
        System.out.println("  " + outcome.line());
        outcome.samples().forEach(sample -> System.out.println("    " + sample));
        comparisons.add("- " + out.getFileName() + " " + outcome.line());
      }
      return millis;
    }
  }

  private static long timed(ColdStoreDay writer, int from, int to) throws IOException {
    long start = System.nanoTime();
    writer.writeHours(from, to);
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Prints {@code text} and rewrites the report with it, so a run cut short keeps its lines. */
  private void line(String text) throws IOException {
    System.out.println(text);
    report.add(text);
    List<String> all = new ArrayList<>(report);
    all.add("");
    all.addAll(comparisons);
    Files.write(work.resolve("report.md"), all, StandardCharsets.UTF_8);
  }

  private static String counts(Counts c) {
    return String.format(
        "%,d / %,d / %,d / %,d", c.blocks(), c.transactions(), c.logs(), c.transfers());
  }

  private static String seconds(long millis) {
    return String.format("%.1f", millis / 1000.0);
  }

  private static void delete(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
