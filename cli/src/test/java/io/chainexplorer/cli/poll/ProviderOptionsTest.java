package io.chainexplorer.cli.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.config.ConfigOptions;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.poller.config.PollerConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ProviderOptionsTest {

  @Command(name = "fetch")
  static final class Fetch {
    @Mixin ConfigOptions options;
    @Mixin ProviderOptions providers;
  }

  @Test
  void shouldLetRpcUrlsReplaceTheSetOnesAndACommandsOwnSettingWinOverBoth() {
    Fetch fetch =
        parse(
            "-s",
            "rpc.urls=http://set.example:8545",
            "-s",
            "chain.name=from-set",
            "--rpc-url",
            "http://one.example:8545",
            "--rpc-url",
            "http://two.example:8545");

    PollerConfig config =
        fetch.providers.load(
            ConfigLoader.of(PollerConfig.definition()).withEnvironment(Map.of()),
            fetch.options,
            Map.of(PollerConfig.CHAIN_NAME, "from-option"));

    assertThat(config.originals())
        .containsEntry(PollerConfig.RPC_URLS, "http://one.example:8545,http://two.example:8545");
    assertThat(config.chainName()).isEqualTo("from-option");
  }

  @Test
  void shouldKeepTheSetValuesWhenNoRpcUrlIsGiven() {
    Fetch fetch = parse("-s", "rpc.urls=http://set.example:8545");

    PollerConfig config =
        fetch.providers.load(
            ConfigLoader.of(PollerConfig.definition()).withEnvironment(Map.of()),
            fetch.options,
            Map.of());

    assertThat(config.originals()).containsEntry(PollerConfig.RPC_URLS, "http://set.example:8545");
  }

  private static Fetch parse(String... args) {
    Fetch fetch = new Fetch();
    new CommandLine(fetch).parseArgs(args);
    return fetch;
  }
}
