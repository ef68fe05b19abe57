package io.chainexplorer.reliability.truth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A block's call frames as the node's {@code debug_traceBlockByNumber} with {@code callTracer}
 * shows them, read by the ground truth's own request: depth-first in transaction order, call types
 * lowercase, no value for delegate and static calls, no address for a failed creation, and the
 * top-level frame's gas and gas used those of the transaction and its receipt, as the
 * internal-transactions record documents them.
 */
public final class NodeTraces {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NO_VALUE = Set.of("delegatecall", "staticcall");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI node;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  public NodeTraces(URI node) {
    this.node = node;
  }

  /**
   * The frames of {@code block}.
   *
   * @throws IllegalStateException when the node cannot trace it or answers for other transactions
   */
  public List<RawTrace> of(RawBlock block) {
    JsonNode result = call(block.getBlockNumber());
    if (!result.isArray() || result.size() != block.getTransactions().size()) {
      throw new IllegalStateException(
          "the node traced block "
              + block.getBlockNumber()
              + " into "
              + result.size()
              + " entries");
    }
    List<RawTrace> frames = new ArrayList<>();
    for (int i = 0; i < result.size(); i++) {
      walk(block, i, result.get(i).path("result"), List.of(), frames);
    }
    return frames;
  }

  private void walk(
      RawBlock block, int tx, JsonNode frame, List<Integer> address, List<RawTrace> out) {
    String type = frame.path("type").asText().toLowerCase(Locale.ROOT);
    String error = text(frame, "error");
    boolean top = address.isEmpty();
    out.add(
        RawTrace.newBuilder()
            .setTransactionHash(block.getTransactions().get(tx).getHash())
            .setTransactionIndex(tx)
            .setTraceAddress(List.copyOf(address))
            .setCallType(type)
            .setFrom(lower(text(frame, "from")))
            .setTo(type.startsWith("create") && error != null ? null : lower(text(frame, "to")))
            .setValue(NO_VALUE.contains(type) ? BigDecimal.ZERO : quantity(frame, "value"))
            .setGas(
                top ? block.getTransactions().get(tx).getGas() : quantity(frame, "gas").longValue())
            .setGasUsed(
                top
                    ? block.getReceipts().get(tx).getGasUsed()
                    : quantity(frame, "gasUsed").longValue())
            .setInput(text(frame, "input") == null ? "0x" : lower(text(frame, "input")))
            .setError(error)
            .build());
    JsonNode calls = frame.path("calls");
    for (int i = 0; i < calls.size(); i++) {
      List<Integer> child = new ArrayList<>(address);
      child.add(i);
      walk(block, tx, calls.get(i), child, out);
    }
  }

  private JsonNode call(long blockNumber) {
    ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1);
    request.put("method", "debug_traceBlockByNumber");
    request
        .putArray("params")
        .add("0x" + Long.toHexString(blockNumber))
        .addObject()
        .put("tracer", "callTracer");
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(node)
                  .timeout(TIMEOUT)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode reply = JSON.readTree(response.body());
      if (!reply.has("result")) {
        throw new IllegalStateException(
            "the node cannot trace block " + blockNumber + ": " + reply.path("error"));
      }
      return reply.get("result");
    } catch (IOException e) {
      throw new IllegalStateException("cannot trace block " + blockNumber, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted tracing block " + blockNumber, e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  private static BigDecimal quantity(JsonNode node, String field) {
    String hex = text(node, field);
    return hex == null || hex.length() <= 2
        ? BigDecimal.ZERO
        : new BigDecimal(new BigInteger(hex.substring(2), 16));
  }
}
