package io.chainexplorer.cli.decode;

import io.chainexplorer.cli.StreamsAppRunner;
import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.cli.config.ConfigOptions;
import io.chainexplorer.decoder.DecoderApp;
import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.platform.config.ConfigLog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Runs the contract decoder (a Kafka Streams app) of one chain until Ctrl-C or a failure. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {PublishAbiCommand.class},
    description = {
      "Decodes the contract calls and event logs of one chain by ABI: user ABIs (published with"
          + " `decode publish-abi` or found in abi.dir), the implementation behind EIP-1967"
          + " proxies, the built-in standards (tokens, WETH, Multicall3, Uniswap, security"
          + " tokens), then a selector database. Publishes decoded calls, decoded events and"
          + " security-token activity per standard and hour; unknown selectors, malformed"
          + " calldata and unreadable records go to the dead-letter topic. Exactly-once by"
          + " default (processing.guarantee).",
      "Configuration: defaults < --config file < CHAIN_EXPLORER_* environment < --set"
          + " (see `chain-explorer config-docs`). Metrics on metrics.host:metrics.port/metrics.",
      "Exit code 0 when stopped, 1 on a fatal error, 2 on an invalid configuration."
    })
public final class DecodeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws InterruptedException {
    DecoderConfig config = load(options);
    ConfigLog.logEffective(config);
    return StreamsAppRunner.run(
        spec, "decode", config, registry -> DecoderApp.start(config, registry));
  }

  /** The decoder's configuration from the file, environment and overrides of {@code options}. */
  static DecoderConfig load(ConfigOptions options) {
    return ConfigLoader.of(DecoderConfig.definition())
        .withFile(options.file())
        .withOverrides(options.overrides())
        .load(DecoderConfig::new);
  }
}
