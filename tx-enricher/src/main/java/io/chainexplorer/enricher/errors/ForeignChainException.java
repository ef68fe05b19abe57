package io.chainexplorer.enricher.errors;

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
}
