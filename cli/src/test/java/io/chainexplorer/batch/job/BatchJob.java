package io.chainexplorer.batch.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * A stand-in for the batch layer's BatchJob with its contract (arguments, {@code
 * <out>/_batch_run.json}, exit 0 or 1 naming the failed view on stderr) and no Spark, so that the
 * launcher's tests start a child JVM in a second. It records its arguments and the JVM option
 * {@code -Dstand.in.option} in {@code <out>/job-args.txt}, one per line. {@code --view fail} fails
 * that view; {@code --view block} writes {@code <out>/started} and runs until it is stopped.
 */
public final class BatchJob {

  private BatchJob() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> arguments = List.of(args);
    Path out = Paths.get(arguments.get(arguments.indexOf("--out") + 1));
    Files.createDirectories(out);
    Files.write(
        out.resolve("job-args.txt"),
        concat(arguments, "stand.in.option=" + System.getProperty("stand.in.option")));
    System.out.println("chain_daily\t2026-12-06\t1\tstand-in");
    if (arguments.contains("block")) {
      Files.writeString(out.resolve("started"), Long.toString(ProcessHandle.current().pid()));
      Thread.currentThread().join();
    }
    boolean fail = arguments.contains("fail");
    Files.writeString(
        out.resolve("_batch_run.json"),
        "{\"runId\":\"r1\",\"durationMs\":1234,\"mode\":\"full\",\"views\":{},"
            + "\"watermark\":\"2026-12-05\",\"status\":\""
            + (fail ? "failed\",\"failedView\":\"fail\"}" : "ok\",\"failedView\":null}"));
    if (fail) {
      System.err.println("batch: view fail failed: stand-in failure");
      System.exit(1);
    }
  }

  private static List<String> concat(List<String> lines, String line) {
    List<String> all = new java.util.ArrayList<>(lines);
    all.add(line);
    return all;
  }
}
