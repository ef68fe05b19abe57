package io.chainexplorer.poller.chain;

/**
 * The provider's chain changed while walking back to a fork point (a block went missing or its hash
 * no longer links): transient, the follower retries after a short back-off.
 */
public class ChainMovedException extends Exception {

  private static final long serialVersionUID = 1L;

  public ChainMovedException(String message) {
    super(message);
  }
}
