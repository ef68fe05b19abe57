package io.chainexplorer.api.store;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.chainexplorer.api.config.ApiConfig;
import io.chainexplorer.cql.CqlEndpointConfig;
import io.chainexplorer.cql.CqlSessions;
import java.time.Duration;

/**
 * Opens the read session to the hot store at the endpoint every reader and writer of it shares
 * (contact points, auth, TLS): LOCAL_ONE reads, token-aware, idempotent.
 */
public final class StoreSessions {

  private StoreSessions() {}

  public static CqlSession open(ApiConfig config) {
    return CqlSessions.builder(CqlEndpointConfig.endpoint(config))
        .withConfigLoader(
            DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, config.requestTimeout())
                .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "LOCAL_ONE")
                .withBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE, true)
                .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(5))
                .build())
        .build();
  }
}
