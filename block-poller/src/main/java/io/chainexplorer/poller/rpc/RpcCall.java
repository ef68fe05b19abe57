package io.chainexplorer.poller.rpc;

import java.util.List;

/**
 * One JSON-RPC call: a method and its positional params (strings, booleans, numbers).
 *
 * @param method the JSON-RPC method, e.g. {@code eth_getBlockByNumber}
 * @param params the positional params, serialised with Jackson
 */
public record RpcCall(String method, List<Object> params) {

  public RpcCall {
    params = List.copyOf(params);
  }

  public static RpcCall of(String method, Object... params) {
    return new RpcCall(method, List.of(params));
  }
}
