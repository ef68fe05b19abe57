package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.RawBlock;
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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two providers in front of a real anvil node, one hostile: every block is still fetched from the
 * honest one within the deadline, and the hostile one's answers are counted as violations. Runs in
 * a JVM with a 256 MB heap, which a 1 GiB bomb or a 200 MB body read whole would overflow.
 */
@ExtendWith(AnvilExtension.class)
class HostileProviderIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final int ROUNDS = 4;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final FetchMetrics metrics = new FetchMetrics("anvil");
  private io.chainexplorer.embedded.JsonRpcClient anvil;
  private JsonRpcStub hostile;
  private JsonRpcStub honest;
  private RpcBlockSource source;

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(Fault.gzipBomb(1L << 30), BoundedBody.BODY_TOO_LARGE),
        Arguments.of(Fault.oversizedBody(200L << 20), BoundedBody.WIRE_TOO_LARGE),
        Arguments.of(Fault.trickle(Duration.ofSeconds(1)), BoundedBody.DEADLINE));
  }

  @BeforeEach
  void start(AnvilEndpoint endpoint) {
    anvil = new io.chainexplorer.embedded.JsonRpcClient(endpoint.rpcUrl());
    hostile = JsonRpcStub.proxying(endpoint.rpcUrl());
    honest = JsonRpcStub.proxying(endpoint.rpcUrl());
    DefaultKeyPool pool =
        new DefaultKeyPool(
            Map.of(
                provider("hostile", hostile), List.of(ApiKey.of("hostile", "h", "SECRET-H")),
                provider("honest", honest), List.of(ApiKey.of("honest", "o", "SECRET-O"))),
            UsageLedger.inMemory(),
            Clock.systemUTC(),
            KeyPoolListener.NONE);
    metrics.bindTo(registry);
    RpcSettings settings =
        RpcSettings.builder("anvil", 31_337)
            .requestTimeout(TIMEOUT)
            // Caps far below the heap: what reaches the parser never exceeds them.
            .answerLimits(1 << 20, 4 << 20)
            .backoff(Duration.ofMillis(50), Duration.ofMillis(200))
            .build();
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
    source = new RpcBlockSource(client, settings, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  @AfterEach
  void stop() {
    hostile.close();
    honest.close();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("faults")
  void shouldFetchEveryBlockFromTheHonestProviderWithinTheDeadlineWhenTheOtherIsHostile(
      Fault fault, String reason) throws Exception {
    hostile.inject(fault);

    for (int round = 0; round < ROUNDS; round++) {
      long number = mined();
      long start = System.nanoTime();

      RawBlock block = source.blockByNumber(number).orElseThrow();

      // At most one attempt cut at the deadline, a short backoff and the honest exchange.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(2));
      assertThat(block.getBlockNumber()).isEqualTo(number);
      assertThat(block.getProvenance().getProviderAlias()).isEqualTo("honest/o");
    }
    assertThat(hostile.applied(fault.kind())).isPositive();
    assertThat(violations("hostile/h", reason)).isEqualTo(hostile.applied(fault.kind()));
    assertThat(registry.find(FetchMetrics.VIOLATIONS).tag("alias", "honest/o").counters())
        .isEmpty();
  }

  private double violations(String alias, String reason) {
    return registry
        .find(FetchMetrics.VIOLATIONS)
        .tags("alias", alias, "reason", reason)
        .counters()
        .stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  private static Provider provider(String name, JsonRpcStub stub) {
    String keyUrl = stub.url("k").toString();
    String template = keyUrl.substring(0, keyUrl.length() - 1) + Provider.KEY_PLACEHOLDER;
    return new Provider(name, template, MethodWeights.flat(1), 1_000, 1_000_000);
  }

  private long mined() {
    JsonNode accounts = anvil.call("eth_accounts");
    String hash =
        anvil
            .call(
                "eth_sendTransaction",
                Map.of(
                    "from", accounts.get(0).asText(),
                    "to", accounts.get(1).asText(),
                    "value", "0x3b9aca00"))
            .asText();
    JsonNode receipt =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> anvil.call("eth_getTransactionReceipt", hash), r -> !r.isNull());
    return Long.decode(receipt.get("blockNumber").asText());
  }
}
