package io.chainexplorer.api.store;

/** A cursor that this listing did not hand out: malformed, of another listing or another key. */
public final class InvalidCursorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidCursorException(String reason) {
    super(reason);
  }
}
