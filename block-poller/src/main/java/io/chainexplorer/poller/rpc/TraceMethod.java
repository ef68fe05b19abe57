package io.chainexplorer.poller.rpc;

import java.util.Map;

/** The two ways a node traces a block's calls, in the order the poller tries them. */
public enum TraceMethod {

  /** Geth's debug API with the built-in call tracer: one nested frame tree per transaction. */
  CALL_TRACER("debug_traceBlockByNumber", "debug_traceBlockByNumber/callTracer"),

  /** The Parity/Erigon trace API: a flat list of frames with their trace addresses. */
  TRACE_BLOCK("trace_block", "trace_block");

  private final String method;
  private final String label;

  TraceMethod(String method, String label) {
    this.method = method;
    this.label = label;
  }

  /** The JSON-RPC method, as the provider profiles weigh it. */
  public String method() {
    return method;
  }

  /** What the raw block's provenance records as the traces' source. */
  public String label() {
    return label;
  }

  RpcCall call(String blockHex) {
    return this == CALL_TRACER
        ? RpcCall.of(method, blockHex, Map.of("tracer", "callTracer"))
        : RpcCall.of(method, blockHex);
  }
}
