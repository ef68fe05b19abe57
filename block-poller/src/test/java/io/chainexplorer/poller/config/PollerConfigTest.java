package io.chainexplorer.poller.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.platform.config.ConfigLog;
import io.chainexplorer.poller.rpc.RpcSettings;
import io.chainexplorer.poller.verify.VerificationPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class PollerConfigTest {

  @Test
  void shouldDefaultToLocalNodeLatestBlockAndDerivedTransactionalId() {
    PollerConfig config = new PollerConfig(Map.of());

    assertThat(config.serviceName()).isEqualTo("block-poller");
    assertThat(config.rpcUrls()).containsExactly("http://127.0.0.1:8545");
    assertThat(config.blockTime()).isEqualTo(Duration.ofSeconds(12));
    assertThat(config.confirmations()).isEqualTo(12);
    assertThat(config.reorgWindowBlocks()).isEqualTo(128);
    assertThat(config.startBlock()).isEmpty();
    assertThat(config.rpcKeysFile()).isEmpty();
    assertThat(config.rpcKeysEnv()).hasValue("CHAIN_EXPLORER_RPC_API_KEYS");
    assertThat(config.secretsDir()).hasValue(Path.of("/run/secrets"));
    assertThat(config.publishTransactionalId()).isEqualTo("block-poller-eth-mainnet");
  }

  @Test
  void shouldReadEveryKeyWhenSet() {
    PollerConfig config =
        new PollerConfig(
            Map.of(
                "chain.name", "eth-sepolia",
                "rpc.urls", " https://a.example/v2/k1 , http://b.example/k2 ",
                "rpc.keys.file", "keys.properties",
                "start.block", "19000000",
                "block.time.ms", "2000",
                "publish.transactional.id", "poller-7"));

    assertThat(config.rpcUrls()).containsExactly("https://a.example/v2/k1", "http://b.example/k2");
    assertThat(config.rpcKeysFile()).hasValue(Path.of("keys.properties"));
    assertThat(config.startBlock()).hasValue(19_000_000L);
    assertThat(config.blockTime()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.publishTransactionalId()).isEqualTo("poller-7");
  }

  @Test
  void shouldRejectReorgWindowBelow128() {
    assertThatThrownBy(() -> new PollerConfig(Map.of("reorg.window.blocks", "64")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("reorg.window.blocks");
  }

  @Test
  void shouldRejectConfirmationsOutsideTheReorgWindow() {
    assertThatThrownBy(
            () -> new PollerConfig(Map.of("confirmations", "200", "reorg.window.blocks", "200")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("confirmations (200) must be below reorg.window.blocks (200)");
  }

  @Test
  void shouldRejectStartBlockThatIsNeitherLatestNorANumber() {
    assertThatThrownBy(() -> new PollerConfig(Map.of("start.block", "-5")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("start.block");
  }

  @Test
  void shouldRejectBadRpcUrlWithoutEchoingIt() {
    Map<String, String> env = Map.of("CHAIN_EXPLORER_RPC_URLS", "ftp://host/SECRETKEY");

    assertThatThrownBy(
            () ->
                ConfigLoader.of(PollerConfig.definition())
                    .withEnvironment(env)
                    .load(PollerConfig::new))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rpc.urls")
        .hasMessageContaining("CHAIN_EXPLORER_RPC_URLS")
        .hasMessageNotContaining("SECRETKEY");
  }

  @Test
  void shouldMaskRpcUrlsWhenLogged() {
    PollerConfig config = new PollerConfig(Map.of("rpc.urls", "https://eth.example/v2/SECRETKEY"));

    assertThat(ConfigLog.render(config))
        .contains("rpc.urls = [hidden]")
        .doesNotContain("SECRETKEY");
  }

  @Test
  void shouldDefaultRpcTuningToTheClientDefaultsAndAskTheProvidersForTheChainId() {
    PollerConfig config = new PollerConfig(Map.of());

    assertThat(config.chainId()).isEmpty();
    assertThat(config.checkChainId(31_337)).isEqualTo(31_337);
    RpcSettings settings = config.rpcSettings(1);
    assertThat(settings).isEqualTo(RpcSettings.defaults("eth-mainnet", 1));
  }

  @Test
  void shouldWireRpcKeysIntoTheClientSettings() {
    PollerConfig config =
        new PollerConfig(
            Map.of(
                "chain.name", "eth-sepolia",
                "rpc.connect.timeout.ms", "1500",
                "rpc.request.timeout.ms", "2500",
                "rpc.max.attempts", "7",
                "rpc.receipts.batch.size", "20"));

    RpcSettings settings = config.rpcSettings(11_155_111);

    assertThat(settings.chain()).isEqualTo("eth-sepolia");
    assertThat(settings.chainId()).isEqualTo(11_155_111);
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(settings.maxAttempts()).isEqualTo(7);
    assertThat(settings.receiptsBatchSize()).isEqualTo(20);
  }

  @Test
  void shouldStopAsConfigErrorWhenTheProvidersServeAnotherChain() {
    PollerConfig config = new PollerConfig(Map.of("chain.id", "1"));

    assertThat(config.chainId()).hasValue(1);
    assertThat(config.checkChainId(1)).isEqualTo(1);
    assertThatThrownBy(() -> config.checkChainId(31_337))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("chain.id is 1 but the providers serve chain 31337");
  }

  @Test
  void shouldRejectNonPositiveRpcAttemptsAndBatchSize() {
    assertThatThrownBy(() -> new PollerConfig(Map.of("rpc.max.attempts", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rpc.max.attempts");
    assertThatThrownBy(() -> new PollerConfig(Map.of("rpc.receipts.batch.size", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rpc.receipts.batch.size");
  }

  @Test
  void shouldVerifyEveryBlockByDefaultAndReadTheVerificationKeys() {
    assertThat(new PollerConfig(Map.of()).rpcSettings(1).verification())
        .isEqualTo(VerificationPolicy.full());

    PollerConfig config =
        new PollerConfig(
            Map.of(
                "verification.mode", "full",
                "verification.skip.ranges", "0-4369999, 5000000-5000010",
                "verification.attempts", "5"));

    VerificationPolicy policy = config.rpcSettings(1).verification();
    assertThat(policy.attempts()).isEqualTo(5);
    assertThat(policy.exemption(4_369_999L))
        .hasValueSatisfying(r -> assertThat(r).contains("0-4369999"));
    assertThat(policy.exemption(4_370_000L)).isEmpty();
    assertThat(policy.exemption(5_000_010L)).isPresent();
    assertThat(new PollerConfig(Map.of("verification.mode", "off")).verification().exemption(1))
        .hasValue("verification is off for this chain");
  }

  @Test
  void shouldRejectMalformedOrBackwardSkipRanges() {
    for (String ranges : List.of("100", "5-x", "10-5")) {
      assertThatThrownBy(() -> new PollerConfig(Map.of("verification.skip.ranges", ranges)))
          .as(ranges)
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("verification.skip.ranges");
    }
    assertThatThrownBy(() -> new PollerConfig(Map.of("verification.mode", "partial")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("verification.mode");
  }
}
