package io.chainexplorer.poller.rpc;

/** A provider's block or receipt JSON that breaks the JSON-RPC format; names block and field. */
public class MalformedBlockException extends RpcException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param block the block number (or {@code ?} when the number itself is unreadable)
   * @param field the JSON path of the offending field, e.g. {@code transactions[3].gasPrice}
   */
  public MalformedBlockException(String block, String field, String reason) {
    super("block " + block + ": field " + field + " " + reason);
    this.field = field;
  }

  /** The JSON path of the offending field. */
  public String field() {
    return field;
  }
}
