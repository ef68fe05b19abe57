package io.chainexplorer.sink.scylla.cql;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Opens driver sessions from the sink configuration: contact points, local datacenter (the driver's
 * default token-aware policy routes each bound statement to a replica there), consistency, auth and
 * TLS.
 */
public final class Sessions {

  private static final int DEFAULT_PORT = 9042;

  private Sessions() {}

  /** A session without a keyspace; statements name theirs. */
  public static CqlSession open(ScyllaSinkConfig config) {
    CqlSessionBuilder builder =
        CqlSession.builder()
            .withLocalDatacenter(config.localDatacenter())
            .withConfigLoader(driverConfig(config).build());
    for (String contactPoint : config.contactPoints()) {
      builder.addContactPoint(address(contactPoint));
    }
    if (config.username() != null) {
      builder.withAuthCredentials(config.username(), config.password().value());
    }
    if (config.sslEnabled()) {
      builder.withSslEngineFactory(TlsEngines.from(config));
    }
    return builder.build();
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

  static InetSocketAddress address(String contactPoint) {
    String trimmed = contactPoint.trim();
    int colon = trimmed.lastIndexOf(':');
    if (colon < 0 || trimmed.endsWith("]")) {
      return InetSocketAddress.createUnresolved(trimmed, DEFAULT_PORT);
    }
    String host = trimmed.substring(0, colon).replace("[", "").replace("]", "");
    return new InetSocketAddress(host, Integer.parseInt(trimmed.substring(colon + 1)));
  }
}
