package io.chainexplorer.api.store;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.chainexplorer.api.config.ApiConfig;
import java.net.InetSocketAddress;
import java.time.Duration;

/** Opens the read session to the hot store: LOCAL_ONE reads, token-aware, idempotent. */
public final class StoreSessions {

  private static final int DEFAULT_PORT = 9042;

  private StoreSessions() {}

  public static CqlSession open(ApiConfig config) {
    CqlSessionBuilder builder =
        CqlSession.builder()
            .withLocalDatacenter(config.localDatacenter())
            .withConfigLoader(
                DriverConfigLoader.programmaticBuilder()
                    .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, config.requestTimeout())
                    .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "LOCAL_ONE")
                    .withBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE, true)
                    .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(5))
                    .build());
    for (String contactPoint : config.contactPoints()) {
      builder.addContactPoint(address(contactPoint));
    }
    if (config.username() != null) {
      builder.withAuthCredentials(config.username(), config.password().value());
    }
    return builder.build();
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
