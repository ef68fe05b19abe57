package io.chainexplorer.poller.backfill;

/** The backfill stopped: a block could not be fetched or published; the cursor says how far. */
public final class BackfillException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BackfillException(String message, Throwable cause) {
    super(message, cause);
  }

  public BackfillException(String message) {
    super(message);
  }
}
