package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Blocks with their call traces from a real anvil, through the stub (which can pretend a trace
 * method is missing) and the real key pool.
 */
@ExtendWith(AnvilExtension.class)
class TracedBlockSourceIT {

  /**
   * Runtime: CALL 0x…dead with the call's value, CREATE an empty child, CREATE2 one salted with the
   * first word of call data, then a CREATE whose init code reverts.
   */
  private static final String FORWARDER =
      "0x6034600c60003960346000f360006000600060003461dead5af150600060006000f0506000356000600060"
          + "00f5506460006000fd6000526005601b6000f05000";

  private io.chainexplorer.embedded.JsonRpcClient anvil;
  private JsonRpcStub stub;
  private RpcBlockSource source;
  private FetchMetrics metrics;

  @BeforeEach
  void start(AnvilEndpoint endpoint) {
    anvil = new io.chainexplorer.embedded.JsonRpcClient(endpoint.rpcUrl());
    stub = JsonRpcStub.proxying(endpoint.rpcUrl());
    String keyUrl = stub.url("k").toString();
    String template = keyUrl.substring(0, keyUrl.length() - 1) + Provider.KEY_PLACEHOLDER;
    Provider provider = new Provider("anvil", template, MethodWeights.flat(1), 1_000, 1_000_000);
    DefaultKeyPool pool =
        new DefaultKeyPool(
            Map.of(provider, List.of(ApiKey.of("anvil", "one", "SECRET-K1"))),
            UsageLedger.inMemory(),
            Clock.systemUTC(),
            KeyPoolListener.NONE);
    metrics = new FetchMetrics("anvil");
    RpcSettings settings =
        RpcSettings.builder("anvil", 31_337)
            .requestTimeout(Duration.ofSeconds(5))
            .traces(true)
            .build();
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
    source = new RpcBlockSource(client, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void shouldCarryTheFramesCallTracerShowsWhenTheEndpointHasTheDebugApi() throws Exception {
    String contract = deployed();
    long number = calledWithValue(contract, 1);

    RawBlock block = source.blockByNumber(number).orElseThrow();

    JsonNode traced = anvil.call("debug_traceBlockByNumber", hex(number), callTracer());
    assertThat(block.getTraces()).hasSize(frames(traced));
    assertThat(block.getProvenance().getTraces().getMethod())
        .isEqualTo(TraceMethod.CALL_TRACER.label());
    List<RawTrace> ours =
        block.getTraces().stream().filter(t -> contract.equals(t.getFrom())).toList();
    assertThat(ours)
        .extracting(RawTrace::getCallType)
        .containsExactly("call", "create", "create2", "create");
    assertThat(stub.callsOf("trace_block")).isZero();
  }

  @Test
  void shouldFallBackToTraceBlockForTheSameFramesWhenTheDebugApiIsMissing() throws Exception {
    String contract = deployed();
    long number = calledWithValue(contract, 2);
    RawBlock viaDebug = source.blockByNumber(number).orElseThrow();
    stub.inject(Fault.of(Fault.Kind.METHOD_NOT_FOUND).forMethod("debug_traceBlockByNumber"));

    RawBlock viaTraceBlock = source.blockByNumber(number).orElseThrow();
    RawBlock again = source.blockByNumber(number).orElseThrow();

    assertThat(viaTraceBlock.getTraces()).isEqualTo(viaDebug.getTraces()).isNotEmpty();
    assertThat(again.getProvenance().getTraces().getMethod()).isEqualTo("trace_block");
    assertThat(stub.callsOf("trace_block")).isEqualTo(2);
  }

  @Test
  void shouldRunOnWithoutTracesWhenTheEndpointHasNeitherMethod() throws Exception {
    String contract = deployed();
    long number = calledWithValue(contract, 3);
    stub.inject(Fault.of(Fault.Kind.METHOD_NOT_FOUND).forMethod("debug_traceBlockByNumber"));
    stub.inject(Fault.of(Fault.Kind.METHOD_NOT_FOUND).forMethod("trace_block"));

    for (int i = 0; i < 3; i++) {
      RawBlock block = source.blockByNumber(number).orElseThrow();
      assertThat(block.getTraces()).isNull();
      assertThat(block.getProvenance().getTraces().getMethod()).isEqualTo(BlockTraces.NONE);
    }

    // Learnt on the first block, confirmed on the second (its only key), not asked on the third.
    assertThat(stub.callsOf("debug_traceBlockByNumber")).isEqualTo(2);
    assertThat(stub.callsOf("trace_block")).isEqualTo(2);
  }

  private String deployed() {
    JsonNode receipt = receipt(Map.of("from", account(0), "data", FORWARDER));
    return receipt.get("contractAddress").asText();
  }

  private long calledWithValue(String contract, int salt) {
    String data = "0x" + "0".repeat(63) + salt;
    JsonNode receipt =
        receipt(
            Map.of(
                "from",
                account(1),
                "to",
                contract,
                "value",
                "0x64",
                "data",
                data,
                "gas",
                "0x100000"));
    assertThat(receipt.get("status").asText()).isEqualTo("0x1");
    return Long.decode(receipt.get("blockNumber").asText());
  }

  private JsonNode receipt(Map<String, String> tx) {
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    return await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> anvil.call("eth_getTransactionReceipt", hash), r -> !r.isNull());
  }

  private String account(int index) {
    return anvil.call("eth_accounts").get(index).asText();
  }

  private static int frames(JsonNode traced) {
    int count = 0;
    for (JsonNode entry : traced) {
      count += subtree(entry.get("result"));
    }
    return count;
  }

  private static int subtree(JsonNode frame) {
    int count = 1;
    for (JsonNode call : frame.path("calls")) {
      count += subtree(call);
    }
    return count;
  }

  private static Map<String, String> callTracer() {
    return Map.of("tracer", "callTracer");
  }

  private static String hex(long number) {
    return "0x" + Long.toHexString(number);
  }
}
