package io.chainexplorer.cli.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One batch run as BatchJob's command line states it: where the cold store is, where the views go,
 * which views and days. The {@code --full}, {@code --from} and {@code --to} flags are passed
 * through unchanged; BatchJob checks them.
 */
public record BatchRunRequest(
    String coldStore,
    Path out,
    String chain,
    String sparkMaster,
    List<String> views,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    boolean full,
    Optional<Path> exportDir) {

  public BatchRunRequest {
    views = List.copyOf(views);
  }

  /** Every view, incremental, no export: what {@code run}'s schedule asks for. */
  public static BatchRunRequest everyView(
      String coldStore, Path out, String chain, String sparkMaster) {
    return new BatchRunRequest(
        coldStore,
        out,
        chain,
        sparkMaster,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty());
  }

  /** The file BatchJob writes after each run: {@code <out>/_batch_run.json}. */
  public Path runReport() {
    return out.resolve(BatchRunReport.FILE_NAME);
  }

  /** BatchJob's arguments. */
  public List<String> jobArguments() {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--cold-store", coldStore, "--out", out.toString()));
    args.addAll(List.of("--chain", chain, "--master", sparkMaster));
    for (String view : views) {
      args.addAll(List.of("--view", view));
    }
    from.ifPresent(date -> args.addAll(List.of("--from", date.toString())));
    to.ifPresent(date -> args.addAll(List.of("--to", date.toString())));
    if (full) {
      args.add("--full");
    }
    exportDir.ifPresent(dir -> args.addAll(List.of("--export-dir", dir.toString())));
    return args;
  }
}
