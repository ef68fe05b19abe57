package io.chainexplorer.poller.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.Provider;
import io.chainexplorer.poller.keys.ProviderProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderConfigTest {

  @TempDir Path dir;

  @Test
  void shouldApplyProfileDefaultsAndSectionOverrides() {
    Map<String, String> props =
        Map.of(
            "provider.infura.url.template", "https://mainnet.infura.io/v3/${key}",
            "provider.infura.profile", "infura",
            "provider.infura.daily.budget", "6000000",
            "provider.infura.method.weights", "eth_getLogs:60,eth_getBlockByNumber:20");

    Provider infura = ProviderConfig.of("infura", props).provider();

    assertThat(infura.dailyBudget()).isEqualTo(6_000_000);
    assertThat(infura.unitsPerSecond()).isEqualTo(ProviderProfile.INFURA.unitsPerSecond());
    assertThat(infura.weights().weightOf("eth_getLogs")).isEqualTo(60);
    assertThat(infura.weights().weightOf("eth_getBlockByNumber")).isEqualTo(20);
    assertThat(infura.weights().weightOf("eth_getBlockReceipts")).isEqualTo(1000);
  }

  @Test
  void shouldReadKeysFromFileEnvironmentAndSecretsDirectory() throws Exception {
    Path file = dir.resolve("keys.properties");
    Files.writeString(file, "one=key-1\n");
    Path secrets = Files.createDirectory(dir.resolve("secrets"));
    Files.writeString(secrets.resolve("three"), "key-3\n");
    Map<String, String> props = new HashMap<>();
    props.put("provider.alchemy.url.template", "https://eth-mainnet.g.alchemy.com/v2/${key}");
    props.put("provider.alchemy.profile", "alchemy");
    props.put("provider.alchemy.keys.file", file.toString());
    props.put("provider.alchemy.keys.env", "ALCHEMY_KEYS");
    props.put("provider.alchemy.secrets.dir", secrets.toString());

    List<ApiKey> keys =
        ProviderConfig.of("alchemy", props).keys(Map.of("ALCHEMY_KEYS", "two=key-2"));

    assertThat(keys).extracting(ApiKey::alias).containsExactly("one", "two", "three");
  }

  @Test
  void shouldFindProviderSectionsAndDocumentEveryKeyWithPrefix() {
    Map<String, String> props =
        Map.of(
            "provider.infura.url.template", "x",
            "provider.alchemy.profile", "alchemy",
            "chain.name", "eth-mainnet");

    assertThat(ProviderConfig.names(props)).containsExactly("alchemy", "infura");
    assertThat(ProviderConfig.definitionFor("infura").configKeys().values())
        .allSatisfy(
            key -> {
              assertThat(key.name).startsWith("provider.infura.");
              assertThat(key.documentation).isNotBlank();
            })
        .hasSize(8);
  }

  @Test
  void shouldRejectTemplatedProviderWithoutKeysAndUnknownProfile() {
    assertThatThrownBy(
            () ->
                ProviderConfig.of(
                        "infura", Map.of("provider.infura.url.template", "https://i/${key}"))
                    .keys(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("provider infura");
    assertThatThrownBy(
            () ->
                ProviderConfig.of(
                    "x", Map.of("provider.x.url.template", "https://x", "provider.x.profile", "y")))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void shouldTurnPlainRpcUrlsIntoKeylessProvidersAliasedByHost() {
    PollerConfig config =
        new PollerConfig(
            Map.of("rpc.urls", "https://eth.example.com/v2/pathsecret,http://127.0.0.1:8545"));

    Map<Provider, List<ApiKey>> keys = PollerKeys.of(config, Map.of());

    assertThat(keys.values().stream().flatMap(List::stream).map(ApiKey::qualifiedAlias))
        .containsExactly("rpc-1/rpc-1@eth.example.com", "rpc-2/rpc-2@127.0.0.1");
    assertThat(keys.keySet().iterator().next().toString()).doesNotContain("pathsecret");
  }

  @Test
  void shouldUseProviderSectionsAloneWhenRpcUrlsAreNotSet() {
    PollerConfig config =
        new PollerConfig(
            Map.of(
                "provider.local.url.template", "http://127.0.0.1:8545",
                "provider.local.profile", "generic"));

    Map<Provider, List<ApiKey>> keys = PollerKeys.of(config, Map.of());

    assertThat(keys.values().stream().flatMap(List::stream).map(ApiKey::qualifiedAlias))
        .containsExactly("local/local@127.0.0.1_8545");
  }

  @Test
  void shouldBillPlainRpcUrlsAtTheConfiguredRateAndBudgetOrAFreePlans() {
    PollerConfig tuned =
        new PollerConfig(
            Map.of(
                "rpc.urls", "http://127.0.0.1:8545",
                "rpc.rate.per.second", "250",
                "rpc.daily.budget", "50000000"));
    PollerConfig plain = new PollerConfig(Map.of("rpc.urls", "http://127.0.0.1:8545"));

    Provider own = PollerKeys.of(tuned, Map.of()).keySet().iterator().next();
    Provider free = PollerKeys.of(plain, Map.of()).keySet().iterator().next();

    assertThat(own.unitsPerSecond()).isEqualTo(250.0);
    assertThat(own.dailyBudget()).isEqualTo(50_000_000L);
    assertThat(free.unitsPerSecond()).isEqualTo(ProviderProfile.GENERIC.unitsPerSecond());
    assertThat(free.dailyBudget()).isEqualTo(ProviderProfile.GENERIC.dailyBudget());
    assertThatThrownBy(
            () -> new PollerConfig(Map.of("rpc.urls", "http://x:1", "rpc.rate.per.second", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rpc.rate.per.second");
  }
}
