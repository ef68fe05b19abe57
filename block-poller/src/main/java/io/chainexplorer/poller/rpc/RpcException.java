package io.chainexplorer.poller.rpc;

/**
 * A JSON-RPC exchange that failed for good (after retries and failover); the message names key
 * aliases and methods, never a key or a URL path.
 */
public class RpcException extends Exception {

  private static final long serialVersionUID = 1L;

  public RpcException(String message) {
    super(message);
  }

  public RpcException(String message, Throwable cause) {
    super(message, cause);
  }
}
