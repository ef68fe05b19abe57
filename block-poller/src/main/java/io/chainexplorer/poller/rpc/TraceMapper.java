package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
import io.chainexplorer.avro.RawTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a block's traces in either format to the same {@link RawTrace} frames, depth-first in
 * transaction order, and refuses traces of another block. Normalised: call types lowercase;
 * delegatecall and staticcall move no value; a failed creation has no address; errors in
 * callTracer's words; the top-level frame's gas is the transaction's gas limit and its gasUsed the
 * receipt's (callTracer counts the intrinsic gas, 21,000 and up, trace_block does not, and some
 * nodes report a block's running total there).
 */
final class TraceMapper {

  private static final Set<String> NO_VALUE = Set.of("delegatecall", "staticcall");
  private static final Map<String, String> PARITY_ERRORS =
      Map.of(
          "Reverted", "execution reverted",
          "Out of gas", "out of gas",
          "Bad instruction", "invalid opcode",
          "Bad jump destination", "invalid jump destination",
          "Stack underflow", "stack underflow");

  private final RawBlock block;
  private final JsonFields fields;

  TraceMapper(RawBlock block) {
    this.block = block;
    this.fields = new JsonFields(Long.toString(block.getBlockNumber()));
  }

  List<RawTrace> map(TraceMethod method, JsonNode result) throws MalformedBlockException {
    if (result == null || !result.isArray()) {
      throw fields.malformed("traces", "is not a list");
    }
    return withTransactionGas(
        method == TraceMethod.CALL_TRACER ? callTracer(result) : traceBlock(result));
  }

  private List<RawTrace> callTracer(JsonNode result) throws MalformedBlockException {
    List<RawTransaction> txs = block.getTransactions();
    if (result.size() != txs.size()) {
      throw fields.malformed(
          "traces", "has " + result.size() + " entries for " + txs.size() + " transactions");
    }
    List<RawTrace> out = new ArrayList<>();
    for (int i = 0; i < txs.size(); i++) {
      JsonNode entry = result.get(i);
      String path = "traces[" + i + "]";
      String hash = fields.optHash(entry, path, "txHash");
      if (hash != null && !hash.equals(txs.get(i).getHash())) {
        throw fields.malformed(path + ".txHash", "is not the block's transaction " + i);
      }
      frame(fields.required(entry, path, "result"), path + ".result", i, List.of(), out);
    }
    return out;
  }

  private void frame(JsonNode node, String path, int tx, List<Integer> address, List<RawTrace> out)
      throws MalformedBlockException {
    String type = fields.required(node, path, "type").asText().toLowerCase(Locale.ROOT);
    String error = JsonFields.present(node, "error") ? node.get("error").asText() : null;
    boolean creation = type.startsWith("create");
    String input = fields.optData(node, path, "input");
    Long gas = fields.optQuantity(node, path, "gas");
    Long gasUsed = fields.optQuantity(node, path, "gasUsed");
    out.add(
        frame(tx, address, type, fields.address(node, path, "from"))
            .setTo(creation && error != null ? null : fields.optAddress(node, path, "to"))
            .setValue(value(type, fields.optUint256(node, path, "value")))
            .setGas(gas == null ? 0 : gas)
            .setGasUsed(gasUsed == null ? 0 : gasUsed)
            .setInput(input == null ? "0x" : input)
            .setError(error)
            .build());
    if (JsonFields.present(node, "calls")) {
      JsonNode calls = fields.array(node, path, "calls");
      for (int i = 0; i < calls.size(); i++) {
        List<Integer> child = new ArrayList<>(address);
        child.add(i);
        frame(calls.get(i), path + ".calls[" + i + "]", tx, child, out);
      }
    }
  }

  private List<RawTrace> traceBlock(JsonNode result) throws MalformedBlockException {
    List<RawTransaction> txs = block.getTransactions();
    List<RawTrace> out = new ArrayList<>(result.size());
    int tops = 0;
    for (int i = 0; i < result.size(); i++) {
      JsonNode entry = result.get(i);
      String path = "traces[" + i + "]";
      if (!JsonFields.present(entry, "transactionHash")) {
        continue; // block and uncle rewards of proof-of-work chains: no call of a transaction
      }
      String blockHash = fields.optHash(entry, path, "blockHash");
      if (blockHash != null && !blockHash.equals(block.getBlockHash())) {
        throw fields.malformed(path + ".blockHash", "is not the block's hash");
      }
      int tx = position(entry, path);
      if (tx < 0
          || tx >= txs.size()
          || !fields.hash(entry, path, "transactionHash").equals(txs.get(tx).getHash())) {
        throw fields.malformed(path + ".transactionHash", "is not the block's transaction " + tx);
      }
      List<Integer> address = traceAddress(fields.array(entry, path, "traceAddress"));
      tops += address.isEmpty() ? 1 : 0;
      out.add(flatFrame(entry, path, tx, address));
    }
    if (tops != txs.size()) {
      throw fields.malformed(
          "traces", "has " + tops + " top-level frames for " + txs.size() + " transactions");
    }
    return out;
  }

  private RawTrace flatFrame(JsonNode entry, String path, int tx, List<Integer> address)
      throws MalformedBlockException {
    String kind = fields.required(entry, path, "type").asText().toLowerCase(Locale.ROOT);
    JsonNode action = fields.required(entry, path, "action");
    String at = path + ".action";
    JsonNode result = entry.path("result");
    String error = JsonFields.present(entry, "error") ? entry.get("error").asText() : null;
    error = error == null ? null : PARITY_ERRORS.getOrDefault(error, error);
    Long gasUsed = result.isObject() ? fields.optQuantity(result, path, "gasUsed") : null;
    RawTrace.Builder frame;
    switch (kind) {
      case "call" -> {
        String type = fields.required(action, at, "callType").asText().toLowerCase(Locale.ROOT);
        frame =
            frame(tx, address, type, fields.address(action, at, "from"))
                .setTo(fields.optAddress(action, at, "to"))
                .setValue(value(type, fields.optUint256(action, at, "value")))
                .setInput(fields.data(action, at, "input"));
      }
      case "create" -> {
        String method = action.path("creationMethod").asText("create").toLowerCase(Locale.ROOT);
        frame =
            frame(tx, address, method, fields.address(action, at, "from"))
                .setTo(error == null ? fields.optAddress(result, path, "address") : null)
                .setValue(value(method, fields.optUint256(action, at, "value")))
                .setInput(fields.data(action, at, "init"));
      }
      case "suicide", "selfdestruct" -> {
        frame =
            frame(tx, address, "selfdestruct", fields.address(action, at, "address"))
                .setTo(fields.optAddress(action, at, "refundAddress"))
                .setValue(value("selfdestruct", fields.optUint256(action, at, "balance")))
                .setInput("0x");
      }
      default -> throw fields.malformed(path + ".type", "is not call, create or suicide");
    }
    Long gas = fields.optQuantity(action, at, "gas");
    return frame
        .setGas(gas == null ? 0 : gas)
        .setGasUsed(gasUsed == null ? 0 : gasUsed)
        .setError(error)
        .build();
  }

  /** A frame's common fields; a top-level frame's gas figures are the transaction's. */
  private RawTrace.Builder frame(int tx, List<Integer> address, String type, String from) {
    return RawTrace.newBuilder()
        .setTransactionHash(block.getTransactions().get(tx).getHash())
        .setTransactionIndex(tx)
        .setTraceAddress(List.copyOf(address))
        .setCallType(type)
        .setFrom(from);
  }

  /** The transaction's position: a JSON number in trace_block, a hex quantity in some clients. */
  private int position(JsonNode entry, String path) throws MalformedBlockException {
    JsonNode node = fields.required(entry, path, "transactionPosition");
    long position =
        node.isIntegralNumber()
            ? node.asLong()
            : fields.quantity(entry, path, "transactionPosition");
    if (position < 0 || position >= block.getTransactions().size()) {
      throw fields.malformed(path + ".transactionPosition", "is not a transaction of the block");
    }
    return (int) position;
  }

  private List<Integer> traceAddress(JsonNode array) throws MalformedBlockException {
    List<Integer> address = new ArrayList<>(array.size());
    for (JsonNode index : array) {
      if (!index.canConvertToInt() || index.asInt() < 0) {
        throw fields.malformed("traces.traceAddress", "holds a non-index");
      }
      address.add(index.asInt());
    }
    return address;
  }

  private static BigDecimal value(String type, BigDecimal value) {
    return value == null || NO_VALUE.contains(type) ? BigDecimal.ZERO : value;
  }

  /** The frames with each top-level frame's gas and gasUsed replaced by the transaction's. */
  private List<RawTrace> withTransactionGas(List<RawTrace> frames) {
    List<RawTrace> out = new ArrayList<>(frames.size());
    for (RawTrace frame : frames) {
      if (frame.getTraceAddress().isEmpty()) {
        int tx = (int) frame.getTransactionIndex();
        frame =
            RawTrace.newBuilder(frame)
                .setGas(block.getTransactions().get(tx).getGas())
                .setGasUsed(block.getReceipts().get(tx).getGasUsed())
                .build();
      }
      out.add(frame);
    }
    return out;
  }
}
