package io.chainexplorer.poller.verify;

/** A record lacks a field its canonical encoding needs, so its commitment cannot be recomputed. */
public final class UnencodableException extends Exception {

  private static final long serialVersionUID = 1L;

  UnencodableException(String message) {
    super(message);
  }
}
