package io.chainexplorer.poller.rpc;

import java.util.List;

/**
 * The replies of one successful JSON-RPC exchange, in call order, and the key that served it.
 *
 * @param provider the provider's name
 * @param alias the key's {@code provider/alias}, the only name of a key that may be shown
 * @param replies one reply per call, in call order
 */
public record RpcExchange(String provider, String alias, List<RpcReply> replies) {

  public RpcExchange {
    replies = List.copyOf(replies);
  }

  public RpcReply reply(int index) {
    return replies.get(index);
  }
}
