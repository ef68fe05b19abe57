package io.chainexplorer.devstack.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stopping the pipeline's parts one after the other: a part that fails to stop is reported and the
 * others are still stopped.
 */
final class Quietly {

  private static final Logger LOG = LoggerFactory.getLogger(Quietly.class);

  private Quietly() {}

  /** Closes {@code resource} if there is one, logging instead of throwing when that fails. */
  static void close(String what, AutoCloseable resource) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (Exception e) {
      LOG.warn("cannot stop {} cleanly: {}", what, e.toString());
    }
  }
}
