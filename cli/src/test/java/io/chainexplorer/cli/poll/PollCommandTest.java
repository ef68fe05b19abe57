package io.chainexplorer.cli.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.config.PollerKeys;
import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PollCommandTest {

  @TempDir Path dir;

  @Test
  void shouldDocumentEveryOptionWhenAskedForHelp() {
    CliRun run = CliRun.of("poll", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: chain-explorer poll")
        .contains("-c, --config=FILE")
        .contains("-s, --set=KEY=VALUE")
        .contains("--rpc-url=URL")
        .contains("-h, --help")
        .contains("-V, --version")
        .contains("hot standby")
        .contains("Exit code 0");
  }

  @Test
  void shouldBeListedAmongTheCommands() {
    CliRun run = CliRun.of("--help");

    assertThat(run.out()).contains("poll");
  }

  @Test
  void shouldRejectAnInvalidRpcUrlWithoutEchoingIt() {
    CliRun run = CliRun.of("poll", "--rpc-url", "ftp://node.example/SECRETKEY");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("rpc.urls").doesNotContain("SECRETKEY");
    assertThat(run.out()).doesNotContain("SECRETKEY");
  }

  @Test
  void shouldRejectAnInvalidSettingBeforeStarting() {
    CliRun run = CliRun.of("poll", "-s", "reorg.window.blocks=10");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("reorg.window.blocks");
  }

  @Test
  void shouldUseAProviderSectionFromThePropertiesFile() throws Exception {
    Path file = dir.resolve("poller.properties");
    Files.writeString(
        file,
        String.join(
            "\n",
            "chain.name=eth-sepolia",
            "provider.infura.url.template=https://sepolia.infura.io/v3/${key}",
            "provider.infura.profile=infura",
            "provider.infura.keys.env=INFURA_KEYS",
            "provider.infura.daily.budget=6000000"));
    PollCommand command = new PollCommand();
    new CommandLine(command)
        .parseArgs("-c", file.toString(), "-s", "provider.infura.rate.per.second=2");
    Map<String, String> env =
        Map.of("INFURA_KEYS", "one=k-1", "CHAIN_EXPLORER_PROVIDER_INFURA_DAILY_BUDGET", "7000000");

    PollerConfig config =
        command.loadConfig(ConfigLoader.of(PollerConfig.definition()).withEnvironment(env));
    Map<Provider, List<ApiKey>> keys = PollerKeys.of(config, env);

    assertThat(config.originals()).containsEntry("provider.infura.rate.per.second", "2");
    Provider infura =
        keys.keySet().stream().filter(p -> p.name().equals("infura")).findFirst().orElseThrow();
    assertThat(infura.dailyBudget()).isEqualTo(7_000_000);
    assertThat(keys.get(infura)).extracting(ApiKey::alias).containsExactly("one");
    assertThat(keys.keySet()).extracting(Provider::name).doesNotContain("rpc-1");
  }
}
