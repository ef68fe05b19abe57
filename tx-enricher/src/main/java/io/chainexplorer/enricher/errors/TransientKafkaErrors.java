package io.chainexplorer.enricher.errors;

import io.chainexplorer.schemas.registry.SchemaRegistryUnavailableException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells transient failures (registry or broker unavailable), which must propagate so that the
 * record is retried, from failures of the record itself, which are dead-lettered.
 */
public final class TransientKafkaErrors {

  private TransientKafkaErrors() {}

  /** True when {@code error} or one of its causes is an availability problem. */
  public static boolean isTransient(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SchemaRegistryUnavailableException
          || cause instanceof RetriableException) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
