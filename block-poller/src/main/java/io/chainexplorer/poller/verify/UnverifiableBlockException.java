package io.chainexplorer.poller.verify;

import java.util.Collection;

/**
 * Every fetch of a block, each from another key or provider, failed verification: publishing it
 * would store data the chain does not vouch for, so the chain's poller stops instead.
 */
public class UnverifiableBlockException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long blockNumber;

  public UnverifiableBlockException(
      long blockNumber, Collection<String> aliases, BlockVerificationReport last) {
    super(
        "block "
            + blockNumber
            + " failed verification from every key tried ("
            + String.join(", ", aliases)
            + "), last: "
            + last.summary()
            + "; publishing stops rather than store unverifiable data");
    this.blockNumber = blockNumber;
  }

  public long blockNumber() {
    return blockNumber;
  }
}
