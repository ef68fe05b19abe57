package io.chainexplorer.platform.config;

import org.apache.kafka.common.config.ConfigException;

/**
 * A record of another chain than the one the app's chain name and {@code chain.id} stand for: a
 * deployment error (exit code 2), never a record to dead-letter.
 */
public final class ForeignChainException extends ConfigException {

  private static final long serialVersionUID = 1L;

  public ForeignChainException(String message) {
    super(message);
  }

  /**
   * {@code record} read from {@code topic} is of chain id {@code actual} where its namespace (the
   * chain name) is chain id {@code expected}.
   */
  public static ForeignChainException of(
      String record, String topic, String namespace, long actual, long expected) {
    return new ForeignChainException(
        record
            + " in "
            + topic
            + " is of chain id "
            + actual
            + " but the namespace "
            + namespace
            + " is chain id "
            + expected
            + " (chain.id): refusing to mix chains; check the poller's rpc.urls and chain.name");
  }
}
