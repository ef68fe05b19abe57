package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A block's traces as one endpoint answered them, before mapping.
 *
 * @param method how they were asked for; null when no endpoint offers a trace method
 * @param alias the key alias that answered (or was last asked)
 * @param result the JSON-RPC result; null with {@code method}
 */
record FetchedTraces(TraceMethod method, String alias, JsonNode result) {

  static FetchedTraces unavailable(String alias) {
    return new FetchedTraces(null, alias, null);
  }

  boolean available() {
    return method != null;
  }
}
