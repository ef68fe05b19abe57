package io.chainexplorer.poller.rpc;

import java.io.IOException;

/**
 * A response over one of the exchange's limits (size or deadline); names the limit, not the URL.
 */
final class ResponseLimitException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  ResponseLimitException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The violated limit, a metric tag: {@code wire_too_large}, {@code body_too_large}, … */
  String reason() {
    return reason;
  }
}
