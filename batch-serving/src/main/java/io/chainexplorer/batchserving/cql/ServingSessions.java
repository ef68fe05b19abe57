package io.chainexplorer.batchserving.cql;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.chainexplorer.batchserving.BatchServingConfig;
import io.chainexplorer.cql.CqlSessions;

/**
 * Opens the loader's session on the hot store's endpoint (as the ScyllaDB sink reaches it), with
 * quorum requests in the local datacenter.
 */
public final class ServingSessions {

  private ServingSessions() {}

  /** A session without a keyspace; statements name theirs. */
  public static CqlSession open(BatchServingConfig config) {
    return CqlSessions.builder(config.endpoint())
        .withConfigLoader(
            DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, config.requestTimeout())
                .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "LOCAL_QUORUM")
                // Every statement is an upsert of the same values: replaying one is safe.
                .withBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE, true)
                .build())
        .build();
  }
}
