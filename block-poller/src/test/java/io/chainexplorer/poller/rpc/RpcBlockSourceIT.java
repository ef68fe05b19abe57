package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.poller.keys.ApiKey;
import io.chainexplorer.poller.keys.DefaultKeyPool;
import io.chainexplorer.poller.keys.KeyPoolListener;
import io.chainexplorer.poller.keys.MethodWeights;
import io.chainexplorer.poller.keys.Provider;
import io.chainexplorer.poller.keys.UsageLedger;
import io.chainexplorer.testsupport.AnvilEndpoint;
import io.chainexplorer.testsupport.AnvilExtension;
import io.chainexplorer.testsupport.rpc.Fault;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The block source through the real key pool and the stub in front of a real anvil node. */
@ExtendWith(AnvilExtension.class)
class RpcBlockSourceIT {

  private static final String ONE_GWEI = "0x3b9aca00";

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final FetchMetrics metrics = new FetchMetrics("anvil");
  private io.chainexplorer.embedded.JsonRpcClient anvil;
  private JsonRpcStub stub;
  private RpcBlockSource source;

  @BeforeEach
  void start(AnvilEndpoint endpoint) {
    anvil = new io.chainexplorer.embedded.JsonRpcClient(endpoint.rpcUrl());
    stub = JsonRpcStub.proxying(endpoint.rpcUrl());
    String keyUrl = stub.url("k").toString();
    String template = keyUrl.substring(0, keyUrl.length() - 1) + Provider.KEY_PLACEHOLDER;
    Provider provider = new Provider("anvil", template, MethodWeights.flat(1), 1_000, 1_000_000);
    DefaultKeyPool pool =
        new DefaultKeyPool(
            Map.of(
                provider,
                List.of(
                    ApiKey.of("anvil", "one", "SECRET-K1"),
                    ApiKey.of("anvil", "two", "SECRET-K2"))),
            UsageLedger.inMemory(),
            Clock.systemUTC(),
            KeyPoolListener.NONE);
    metrics.bindTo(registry);
    RpcSettings settings =
        RpcSettings.defaults("anvil", 31_337).withRequestTimeout(Duration.ofSeconds(2));
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
    source = new RpcBlockSource(client, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void shouldCarryEveryFieldAnvilAnswersForDynamicFeeAndLegacyTransactions() throws Exception {
    for (Map<String, String> extra :
        List.of(Map.<String, String>of(), Map.of("gasPrice", "0x77359400"))) {
      long number = mined(extra);

      RawBlock block = source.blockByNumber(number).orElseThrow();

      String hex = "0x" + Long.toHexString(number);
      JsonNode json = anvil.call("eth_getBlockByNumber", hex, true);
      List<JsonNode> receipts = Corpus.list(anvil.call("eth_getBlockReceipts", hex));
      new JsonRecordWalk().walkBlock(json, receipts, block);
      assertThat(block.getReceipts()).extracting(RawReceipt::getStatus).containsOnly(1L);
      assertThat(block.getProvenance().getChainId()).isEqualTo(31_337L);
    }
  }

  @Test
  void shouldServeEveryFaultFromAnotherKeyOrAfterRetryWithoutCrashing() throws Exception {
    long number = mined(Map.of());
    stub.inject(Fault.tooManyRequests("1").forKey("SECRET-K1").times(1));
    stub.inject(Fault.httpStatus(503).times(1));
    stub.inject(Fault.of(Fault.Kind.MALFORMED_JSON).times(1));
    stub.inject(Fault.of(Fault.Kind.DROP_LAST_RECEIPT).forMethod("eth_getBlockReceipts").times(1));

    RawBlock block = source.blockByNumber(number).orElseThrow();

    assertThat(block.getBlockNumber()).isEqualTo(number);
    assertThat(count(FetchMetrics.CALLS, "outcome", "rate_limited")).isPositive();
    assertThat(count(FetchMetrics.CALLS, "outcome", "failed")).isPositive();
    assertThat(count(FetchMetrics.RETRIES, "reason", "failed")).isEqualTo(2);
    assertThat(count(FetchMetrics.MISMATCHES, "reason", "count")).isEqualTo(1);
  }

  @Test
  void shouldFallBackToTransactionReceiptsWhereTheEndpointLacksBlockReceipts() throws Exception {
    long number = mined(Map.of());
    stub.inject(Fault.of(Fault.Kind.METHOD_NOT_FOUND).forMethod("eth_getBlockReceipts"));

    RawBlock block = source.blockByNumber(number).orElseThrow();

    assertThat(block.getReceipts()).hasSameSizeAs(block.getTransactions()).isNotEmpty();
    assertThat(stub.callsOf("eth_getTransactionReceipt")).isEqualTo(block.getReceipts().size());
    assertThat(count(FetchMetrics.FALLBACKS, "provider", "anvil")).isEqualTo(1);
  }

  @Test
  void shouldFetchAtTwoCallsPerBlockAndNameKeysOnlyByAlias() throws Exception {
    long number = mined(Map.of());
    stub.resetCounters();

    for (long n = Math.max(0, number - 2); n <= number; n++) {
      assertThat(source.blockByNumber(n)).isPresent();
    }

    long blocks = number - Math.max(0, number - 2) + 1;
    assertThat(stub.calls()).isEqualTo(2 * blocks);
    assertThat(stub.exchanges()).isEqualTo(blocks);
    List<String> ids = new ArrayList<>();
    registry.getMeters().stream().map(Meter::getId).forEach(id -> ids.add(id.toString()));
    assertThat(String.join("\n", ids)).contains("anvil/one").doesNotContain("SECRET");
  }

  private long mined(Map<String, String> extra) {
    JsonNode accounts = anvil.call("eth_accounts");
    Map<String, String> tx = new HashMap<>(extra);
    tx.put("from", accounts.get(0).asText());
    tx.put("to", accounts.get(1).asText());
    tx.put("value", ONE_GWEI);
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    JsonNode receipt =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> anvil.call("eth_getTransactionReceipt", hash), r -> !r.isNull());
    return Long.decode(receipt.get("blockNumber").asText());
  }

  private double count(String name, String tag, String value) {
    return registry.find(name).tag(tag, value).counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }
}
