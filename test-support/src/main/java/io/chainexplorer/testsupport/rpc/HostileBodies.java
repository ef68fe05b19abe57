package io.chainexplorer.testsupport.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Answers that attack the client's memory or patience: a gzip bomb, an oversized body and a
 * trickle. Bodies are generated while they are sent (chunked), never held whole, so a 1 GiB bomb
 * costs the stub a write buffer; a client that hangs up ends the answer.
 */
final class HostileBodies {

  private static final Set<Fault.Kind> KINDS =
      Set.of(Fault.Kind.GZIP_BOMB, Fault.Kind.OVERSIZED_BODY, Fault.Kind.TRICKLE);
  private static final byte[] PREFIX =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SUFFIX = "\"}".getBytes(StandardCharsets.US_ASCII);

  private HostileBodies() {}

  /** True for the fault kinds this class answers. */
  static boolean serves(Fault.Kind kind) {
    return KINDS.contains(kind);
  }

  /** Sends the hostile answer of {@code fault}; {@code honest} is the answer a trickle sends. */
  static void send(HttpExchange exchange, Fault fault, Supplier<JsonNode> honest)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (fault.kind() == Fault.Kind.GZIP_BOMB) {
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
    }
    // Length 0: chunked, so nothing needs to be known (or held) before the first byte goes out.
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      switch (fault.kind()) {
        case GZIP_BOMB -> {
          try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            padded(gzip, fault.bytes());
          }
        }
        case OVERSIZED_BODY -> padded(out, fault.bytes());
        default -> trickle(out, Answers.JSON.writeValueAsBytes(honest.get()), fault);
      }
    } catch (IOException hungUp) {
      // The client cut the answer: that is what the fault is there to provoke.
    }
  }

  /** A JSON answer of {@code size} bytes: one long string of zeros. */
  private static void padded(OutputStream out, long size) throws IOException {
    byte[] zeros = new byte[64 * 1024];
    Arrays.fill(zeros, (byte) '0');
    out.write(PREFIX);
    long left = Math.max(0, size - PREFIX.length - SUFFIX.length);
    while (left > 0) {
      int n = (int) Math.min(zeros.length, left);
      out.write(zeros, 0, n);
      left -= n;
    }
    out.write(SUFFIX);
  }

  private static void trickle(OutputStream out, byte[] answer, Fault fault) throws IOException {
    for (byte b : answer) {
      out.write(b);
      out.flush();
      try {
        Thread.sleep(fault.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
