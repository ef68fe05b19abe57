package io.chainexplorer.sink.scylla.cql;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import io.chainexplorer.cql.CqlEndpointConfig;
import io.chainexplorer.cql.CqlSessions;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import java.time.Duration;
import org.apache.kafka.common.config.ConfigException;

/**
 * Opens driver sessions from the sink configuration: the endpoint (contact points, local
 * datacenter, auth, TLS) as every writer of the hot store reaches it, plus the sink's consistency,
 * timeouts and in-flight limit.
 */
public final class Sessions {

  private Sessions() {}

  /** A session without a keyspace; statements name theirs. */
  public static CqlSession open(ScyllaSinkConfig config) {
    try {
      return CqlSessions.builder(CqlEndpointConfig.endpoint(config))
          .withConfigLoader(driverConfig(config).build())
          .build();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private static ProgrammaticDriverConfigLoaderBuilder driverConfig(ScyllaSinkConfig config) {
    return DriverConfigLoader.programmaticBuilder()
        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, config.requestTimeout())
        .withString(DefaultDriverOption.REQUEST_CONSISTENCY, config.consistency())
        .withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, config.serialConsistency())
        // Upserts and conditional deletes of the same values may be replayed safely.
        .withBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE, true)
        // Come back quickly after a node restart: Connect is already pausing the batch.
        .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(500))
        .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(5))
        .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(5))
        .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, Duration.ofSeconds(5))
        .withInt(DefaultDriverOption.CONNECTION_MAX_REQUESTS, Math.max(1024, config.maxInflight()));
  }
}
