package io.chainexplorer.reliability.chaos;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The full chaos run ({@code make chaos}): {@code ChaosMain [report.md] [seed]}; writes the report
 * and exits 0 when every store holds exactly the chain, 1 otherwise.
 */
public final class ChaosMain {

  private ChaosMain() {}

  public static void main(String[] args) throws Exception {
    Path reportFile = Path.of(args.length > 0 ? args[0] : "target/chaos-report.md");
    long seed = args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis();
    Path dataDir = Files.createTempDirectory("chain-explorer-chaos");
    ChaosRun.Result result = ChaosRun.run(ChaosPlan.full(seed), dataDir);
    String report = ChaosReport.markdown(result, "make chaos (seed " + seed + ")");
    if (reportFile.toAbsolutePath().getParent() != null) {
      Files.createDirectories(reportFile.toAbsolutePath().getParent());
    }
    Files.writeString(reportFile, report, StandardCharsets.UTF_8);
    System.out.println(report);
    System.exit(result.clean() ? 0 : 1);
  }
}
