package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The answer to one call of an exchange that the key served: a result (possibly JSON {@code null})
 * or a JSON-RPC error that is the node's answer, not a key failure (method not found, bad params).
 *
 * @param result the {@code result}, {@link NullNode} for {@code null}; null when an error
 * @param errorCode the JSON-RPC error code; 0 when a result
 * @param errorMessage the JSON-RPC error message; null when a result
 * @param methodNotFound true when the endpoint does not offer the method
 */
public record RpcReply(
    JsonNode result, int errorCode, String errorMessage, boolean methodNotFound) {

  public static RpcReply ok(JsonNode result) {
    return new RpcReply(result == null ? NullNode.getInstance() : result, 0, null, false);
  }

  public static RpcReply error(int code, String message, boolean methodNotFound) {
    return new RpcReply(null, code, message, methodNotFound);
  }

  public boolean isError() {
    return result == null;
  }

  /** True for a result of JSON {@code null} (a block or receipt the node does not have). */
  public boolean isNull() {
    return result != null && result.isNull();
  }
}
