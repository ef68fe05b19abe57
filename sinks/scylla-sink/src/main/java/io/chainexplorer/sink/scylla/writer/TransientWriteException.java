package io.chainexplorer.sink.scylla.writer;

/** A write failed for a reason that may pass (node down, timeout, overload): retry the batch. */
public final class TransientWriteException extends Exception {

  private static final long serialVersionUID = 1L;

  public TransientWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
