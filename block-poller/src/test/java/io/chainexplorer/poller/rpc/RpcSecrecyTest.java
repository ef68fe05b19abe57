package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.chainexplorer.testsupport.rpc.Fault;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logs, metrics and exceptions of failing fetches name key aliases, never keys or URL paths. */
class RpcSecrecyTest {

  private static final String KEY_ONE = "KEY7f3a9c0d";
  private static final String KEY_TWO = "KEYb81e22aa";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T20:00:00Z"));
  private final JsonRpcStub stub = JsonRpcStub.recorded();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void capture() {
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void release() {
    root.detachAppender(logs);
    stub.close();
  }

  @Test
  void shouldNameAliasesOnlyInLogsMetricsAndExceptionsOfEveryFault() {
    TestKeyPool pool =
        new TestKeyPool(clock)
            .add("infura", "one", stub.url(KEY_ONE))
            .add("alchemy", "two", stub.url(KEY_TWO));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    FetchMetrics metrics = new FetchMetrics("eth-mainnet");
    metrics.bindTo(registry);
    RpcSettings settings =
        RpcSettings.defaults("eth-mainnet", 1)
            .withRequestTimeout(Duration.ofMillis(300))
            .withMaxAttempts(9);
    PooledJsonRpcClient client =
        new PooledJsonRpcClient(pool, settings, metrics, clock, clock, new Random(3));
    RpcBlockSource source = new RpcBlockSource(client, settings, metrics, clock, clock);
    stub.inject(Fault.tooManyRequests("2").times(1));
    stub.inject(Fault.httpStatus(402).times(1));
    stub.inject(Fault.httpStatus(500).times(1));
    stub.inject(Fault.delay(Duration.ofSeconds(1)).times(1));
    stub.inject(Fault.of(Fault.Kind.TRUNCATED_BODY).times(1));
    stub.inject(Fault.of(Fault.Kind.MALFORMED_JSON));

    List<String> texts = new ArrayList<>();
    Throwable failure = catchThrowable(() -> source.blockByNumber(18_000_000L));
    for (Throwable t = failure; t != null; t = t.getCause()) {
      texts.add(t.toString());
    }
    logs.list.forEach(event -> texts.add(text(event)));
    registry.getMeters().forEach(meter -> texts.add(meter.getId().toString()));

    assertThat(failure).isInstanceOf(RpcException.class);
    assertThat(logs.list).hasSizeGreaterThan(5);
    assertThat(String.join("\n", texts))
        .contains("infura/one", "alchemy/two")
        .doesNotContain(KEY_ONE, KEY_TWO, "/v3/", "127.0.0.1");
  }

  private static String text(ILoggingEvent event) {
    StringBuilder out = new StringBuilder(event.getFormattedMessage());
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      out.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
    }
    return out.toString();
  }
}
