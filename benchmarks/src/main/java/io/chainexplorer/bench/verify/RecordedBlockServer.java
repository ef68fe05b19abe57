package io.chainexplorer.bench.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A JSON-RPC server on a free loopback port that answers the poller's batch for one block ({@code
 * eth_getBlockByNumber(n, true)}, {@code eth_getBlockReceipts(n)}) with the recorded answers, built
 * once so that serving costs the benchmark's JVM next to nothing; gzipped when the client asks and
 * {@code gzip} is on, as providers do. Any other request gets a JSON-RPC error.
 */
final class RecordedBlockServer implements AutoCloseable {

  private static final byte[] REFUSED =
      "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32601,\"message\":\"not recorded\"}}"
          .getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final String blockHex;
  private final byte[] plain;
  private final byte[] gzipped;
  private final boolean gzip;
  private final AtomicLong exchanges = new AtomicLong();

  RecordedBlockServer(VerifyBenchBlocks.Answers answers, boolean gzip) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ArrayNode batch = json.createArrayNode();
    batch.addObject().put("jsonrpc", "2.0").put("id", 1).set("result", answers.block());
    batch.addObject().put("jsonrpc", "2.0").put("id", 2).set("result", answers.receipts());
    this.plain = json.writeValueAsBytes(batch);
    this.gzipped = compress(plain);
    this.gzip = gzip;
    this.blockHex = answers.block().get("number").asText();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The endpoint template of a provider here: {@code http://127.0.0.1:<port>/v3/${key}}. */
  String urlTemplate(String placeholder) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v3/" + placeholder;
  }

  URI url(String key) {
    return URI.create(urlTemplate(key));
  }

  long exchanges() {
    return exchanges.get();
  }

  /** Bytes of the answer on the wire: gzipped when served so. */
  int answerBytes() {
    return gzip ? gzipped.length : plain.length;
  }

  int plainBytes() {
    return plain.length;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      exchanges.incrementAndGet();
      boolean recorded =
          request.contains("\"eth_getBlockByNumber\"")
              && request.contains("\"eth_getBlockReceipts\"")
              && request.contains("\"" + blockHex + "\"");
      String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
      boolean zipped = recorded && gzip && accepted != null && accepted.contains("gzip");
      byte[] body = !recorded ? REFUSED : zipped ? gzipped : plain;
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      if (zipped) {
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      }
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] compress(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }
}
