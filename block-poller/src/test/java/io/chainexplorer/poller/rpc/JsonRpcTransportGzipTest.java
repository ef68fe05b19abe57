package io.chainexplorer.poller.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport asks for gzip, inflates gzipped answers and still reads plain ones. */
class JsonRpcTransportGzipTest {

  private static final String BATCH_ANSWER =
      "[{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x112a880\"},"
          + "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"number\":\"0x112a880\"}}]";
  private static final List<RpcCall> BATCH =
      List.of(RpcCall.of("eth_blockNumber"), RpcCall.of("eth_getBlockByNumber", "0x112a880", true));

  private final AtomicReference<String> acceptEncoding = new AtomicReference<>();
  private final AtomicReference<String> contentEncoding = new AtomicReference<>();
  private final AtomicReference<byte[]> answer = new AtomicReference<>();
  private HttpServer server;
  private JsonRpcTransport transport;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    transport =
        new JsonRpcTransport(
            new ObjectMapper(),
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
            Duration.ofSeconds(10),
            new BoundedBody(1 << 20, 4 << 20),
            new ErrorClassifier(Clock.systemUTC()));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void shouldAskForGzipAndInflateWhenTheServerGzips() throws Exception {
    serve("gzip", gzip(BATCH_ANSWER.getBytes(StandardCharsets.UTF_8)));

    Outcome outcome = transport.exchange(endpoint(), BATCH);

    assertThat(acceptEncoding.get()).isEqualTo("gzip");
    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.SUCCEEDED);
    assertThat(outcome.replies().get(0).result().asText()).isEqualTo("0x112a880");
    assertThat(outcome.replies().get(1).result().path("number").asText()).isEqualTo("0x112a880");
  }

  @Test
  void shouldReadAPlainAnswerWhenTheServerIgnoresTheRequest() throws Exception {
    serve(null, BATCH_ANSWER.getBytes(StandardCharsets.UTF_8));

    Outcome outcome = transport.exchange(endpoint(), BATCH);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.SUCCEEDED);
    assertThat(outcome.replies().get(1).result().path("number").asText()).isEqualTo("0x112a880");
  }

  @Test
  void shouldFailTheExchangeWhenTheGzipIsCorrupt() throws Exception {
    byte[] corrupt = gzip(BATCH_ANSWER.getBytes(StandardCharsets.UTF_8));
    serve("gzip", Arrays.copyOf(corrupt, corrupt.length / 2));

    Outcome outcome = transport.exchange(endpoint(), BATCH);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.FAILED);
    assertThat(outcome.detail()).startsWith("I/O error");
  }

  @Test
  void shouldFailTheExchangeWhenTheAnswerUsesAnEncodingNotAskedFor() throws Exception {
    serve("br", BATCH_ANSWER.getBytes(StandardCharsets.UTF_8));

    Outcome outcome = transport.exchange(endpoint(), BATCH);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.FAILED);
    assertThat(outcome.detail()).isEqualTo("answer in unrequested content encoding br");
  }

  private void serve(String encoding, byte[] body) {
    contentEncoding.set(encoding);
    answer.set(body);
  }

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v3/key");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      acceptEncoding.set(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
      if (contentEncoding.get() != null) {
        exchange.getResponseHeaders().add("Content-Encoding", contentEncoding.get());
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      byte[] body = answer.get();
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(plain);
    }
    return bytes.toByteArray();
  }
}
