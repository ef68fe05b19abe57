package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.testsupport.rpc.Fault;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hostile answers end the exchange in a counted violation within the deadline, never in memory. */
class JsonRpcTransportLimitsTest {

  private static final Duration TIMEOUT = Duration.ofMillis(1_500);
  private static final int WIRE_CAP = 256 * 1024;
  private static final int BODY_CAP = 1024 * 1024;
  private static final List<RpcCall> HEAD = List.of(RpcCall.of("eth_blockNumber"));

  private final ObjectMapper json = new ObjectMapper();
  private final JsonRpcStub stub =
      JsonRpcStub.recorded()
          .record(
              "eth_blockNumber", json.createArrayNode(), json.getNodeFactory().textNode("0x2a"));
  private final JsonRpcTransport transport =
      new JsonRpcTransport(
          json,
          HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
          TIMEOUT,
          new BoundedBody(WIRE_CAP, BODY_CAP),
          new ErrorClassifier(Clock.systemUTC()));

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void shouldAnswerWhenTheAnswerIsWithinItsLimits() throws Exception {
    Outcome outcome = transport.exchange(stub.url("k"), HEAD);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.SUCCEEDED);
    assertThat(outcome.replies().get(0).result().asText()).isEqualTo("0x2a");
    assertThat(outcome.violation()).isEmpty();
  }

  @Test
  void shouldCutAGzipBombWhenItInflatesPastTheBodyCap() throws Exception {
    stub.inject(Fault.gzipBomb(1L << 30));

    long start = System.nanoTime();
    Outcome outcome = transport.exchange(stub.url("k"), HEAD);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.FAILED);
    assertThat(outcome.violation()).contains(BoundedBody.BODY_TOO_LARGE);
    assertThat(outcome.detail()).isEqualTo("answer larger than " + BODY_CAP + " bytes");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
    assertThat(stub.applied(Fault.Kind.GZIP_BOMB)).isEqualTo(1);
  }

  @Test
  void shouldCutAnAnswerWhenItsWireBytesPassTheWireCap() throws Exception {
    stub.inject(Fault.oversizedBody(200L << 20));

    long start = System.nanoTime();
    Outcome outcome = transport.exchange(stub.url("k"), HEAD);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.FAILED);
    assertThat(outcome.violation()).contains(BoundedBody.WIRE_TOO_LARGE);
    assertThat(outcome.detail()).isEqualTo("answer larger than " + WIRE_CAP + " bytes");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
  }

  @Test
  void shouldCutATrickledAnswerWhenTheDeadlinePassesAfterTheHeaders() throws Exception {
    stub.inject(Fault.trickle(Duration.ofSeconds(1)));

    long start = System.nanoTime();
    Outcome outcome = transport.exchange(stub.url("k"), HEAD);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.FAILED);
    assertThat(outcome.violation()).contains(BoundedBody.DEADLINE);
    assertThat(took).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(TIMEOUT.plusMillis(500));
  }

  @Test
  void shouldCutAnAnswerWhenTheHeadersComeAfterTheDeadline() throws Exception {
    stub.inject(Fault.delay(Duration.ofSeconds(5)));

    long start = System.nanoTime();
    Outcome outcome = transport.exchange(stub.url("k"), HEAD);

    assertThat(outcome.violation()).contains(BoundedBody.DEADLINE);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusMillis(500));
  }
}
