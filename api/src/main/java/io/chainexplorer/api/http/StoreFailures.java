package io.chainexplorer.api.http;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.QueryConsistencyException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;

/** Which failures mean the hot store cannot answer now (503) rather than a bug (500). */
final class StoreFailures {

  private StoreFailures() {}

  static boolean unavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AllNodesFailedException
          || t instanceof DriverTimeoutException
          || t instanceof QueryConsistencyException
          || t instanceof UnavailableException) {
        return true;
      }
    }
    return false;
  }
}
