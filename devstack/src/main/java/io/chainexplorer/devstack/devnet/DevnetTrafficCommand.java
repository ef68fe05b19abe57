package io.chainexplorer.devstack.devnet;

import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.devnet.TrafficGenerator;
import io.chainexplorer.devnet.TrafficKind;
import io.chainexplorer.devnet.TrafficSettings;
import io.chainexplorer.devnet.TrafficStats;
import io.chainexplorer.devnet.contracts.AbiDirectory;
import io.chainexplorer.devnet.contracts.Deployment;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chain-explorer devnet traffic}: deploys the devnet contracts and sends traffic. */
@Command(
    name = "traffic",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Deploys the devnet's contracts (ERC-20, ERC-721, ERC-1155, an ERC-1400 security token, a"
          + " factory, an EIP-1967 proxy upgraded once, a contract that reverts) from the node's"
          + " unlocked dev accounts, then sends a steady mix of transactions until Ctrl-C or"
          + " --duration, printing a summary line.",
      "Exit code 2 on an invalid setting, 1 when the node cannot be reached or a deployment"
          + " fails."
    })
public final class DevnetTrafficCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--rpc-url",
      required = true,
      paramLabel = "URL",
      description = "JSON-RPC endpoint of a devnet node with unlocked accounts, such as anvil.")
  URI rpcUrl;

  @Option(
      names = "--rate",
      paramLabel = "N",
      defaultValue = "4",
      description = "Transactions per second (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--mix",
      paramLabel = "KIND=W[,KIND=W...]",
      description =
          "Weights overriding the default mix, e.g. failed-call=5,native-transfer=0; 0 disables"
              + " a kind; an unknown kind is refused with the list of kinds.")
  String mix;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of recipients, amounts and salts (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--accounts",
      defaultValue = "10",
      description = "Dev accounts taking part, 2 to 10 (default: ${DEFAULT-VALUE}).")
  int accounts;

  @Option(
      names = "--abi-dir",
      paramLabel = "DIR",
      description = "Also write the deployed contracts' ABIs there, as the decoder's abi.dir.")
  Path abiDir;

  @Option(
      names = "--duration",
      paramLabel = "SECONDS",
      description = "Stop after this many seconds (default: run until Ctrl-C).")
  Long durationSeconds;

  @Option(
      names = "--summary-seconds",
      paramLabel = "S",
      defaultValue = "5",
      description = "Seconds between summary lines (default: ${DEFAULT-VALUE}).")
  int summarySeconds;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    // An invalid value throws ConfigException: exit code 2 with the key, as for every command.
    TrafficSettings settings = TrafficSettings.from(properties());
    out.println("Deploying the devnet contracts ...");
    out.flush();
    TrafficGenerator traffic = TrafficGenerator.start(rpcUrl, settings);
    Thread stopOnSignal = new Thread(traffic::close, "devnet-traffic-stop");
    Runtime.getRuntime().addShutdownHook(stopOnSignal);
    describe(out, traffic.deployment());
    if (abiDir != null) {
      int files = AbiDirectory.write(traffic.deployment(), abiDir);
      out.println("ABIs of " + files + " contracts written to " + abiDir);
    }
    out.println(
        "Sending "
            + settings.rate()
            + " transactions/s"
            + (durationSeconds == null ? "; Ctrl-C stops." : " for " + durationSeconds + " s."));
    out.flush();
    runFor(out, traffic);
    traffic.close();
    Runtime.getRuntime().removeShutdownHook(stopOnSignal);
    out.println("Stopped: " + summary(traffic.stats()));
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  private void runFor(PrintWriter out, TrafficGenerator traffic) throws InterruptedException {
    long deadline =
        durationSeconds == null
            ? Long.MAX_VALUE
            : System.nanoTime() + TimeUnit.SECONDS.toNanos(durationSeconds);
    Duration interval = Duration.ofSeconds(Math.max(1, summarySeconds));
    while (System.nanoTime() < deadline) {
      long left = deadline - System.nanoTime();
      TimeUnit.NANOSECONDS.sleep(Math.max(0, Math.min(interval.toNanos(), left)));
      out.println(summary(traffic.stats()));
      out.flush();
    }
  }

  private Map<String, Object> properties() {
    Map<String, Object> properties = new HashMap<>();
    properties.put(TrafficSettings.RATE, Double.toString(rate));
    properties.put(TrafficSettings.SEED, Long.toString(seed));
    properties.put(TrafficSettings.ACCOUNTS, Integer.toString(accounts));
    if (mix != null) {
      properties.put(TrafficSettings.MIX, mix);
    }
    return properties;
  }

  private static void describe(PrintWriter out, Deployment deployment) {
    out.println("Deployed by " + deployment.owner() + ":");
    out.println("  ERC-20 token      " + deployment.token());
    out.println("  ERC-721           " + deployment.collectible());
    out.println("  ERC-1155          " + deployment.multiToken());
    out.println("  security token    " + deployment.securityToken());
    out.println("  factory           " + deployment.factory());
    out.println("  reverting calls   " + deployment.flaky());
    out.println(
        "  EIP-1967 proxy    "
            + deployment.proxy()
            + " (implementation "
            + deployment.counterV2()
            + ", upgraded from "
            + deployment.counterV1()
            + ")");
  }

  static String summary(TrafficStats stats) {
    return "sent "
        + stats.totalSent()
        + ", mined "
        + stats.totalMined()
        + " ("
        + stats.totalReverted()
        + " reverted), refused "
        + stats.refused()
        + ", kinds mined "
        + stats.minedKinds().size()
        + "/"
        + TrafficKind.values().length;
  }
}
