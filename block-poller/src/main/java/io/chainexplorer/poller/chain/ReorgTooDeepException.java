package io.chainexplorer.poller.chain;

/**
 * The chain forked below the oldest remembered block: the poller cannot tell which published blocks
 * are orphaned and must stop rather than diverge silently.
 */
public class ReorgTooDeepException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReorgTooDeepException(String message) {
    super(message);
  }
}
