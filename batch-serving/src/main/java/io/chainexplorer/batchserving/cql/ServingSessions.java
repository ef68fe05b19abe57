package io.chainexplorer.batchserving.cql;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.chainexplorer.batchserving.BatchServingConfig;
import io.chainexplorer.cql.CqlEndpoint;
import io.chainexplorer.cql.CqlSessions;
import io.chainexplorer.cql.CqlTls;
import org.apache.kafka.common.config.types.Password;

/**
 * Opens the loader's session on the hot store's endpoint (as the ScyllaDB sink reaches it), with
 * quorum requests in the local datacenter.
 */
public final class ServingSessions {

  private ServingSessions() {}

  /** A session without a keyspace; statements name theirs. */
  public static CqlSession open(BatchServingConfig config) {
    CqlTls tls =
        config.sslEnabled()
            ? new CqlTls(
                config.getString(BatchServingConfig.SSL_TRUSTSTORE_PATH),
                value(config.getPassword(BatchServingConfig.SSL_TRUSTSTORE_PASSWORD)),
                config.getString(BatchServingConfig.SSL_KEYSTORE_PATH),
                value(config.getPassword(BatchServingConfig.SSL_KEYSTORE_PASSWORD)),
                config.getBoolean(BatchServingConfig.SSL_HOSTNAME_VALIDATION))
            : null;
    CqlEndpoint endpoint =
        new CqlEndpoint(
            config.contactPoints(),
            config.localDatacenter(),
            config.username(),
            value(config.password()),
            tls);
    return CqlSessions.builder(endpoint)
        .withConfigLoader(
            DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, config.requestTimeout())
                .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "LOCAL_QUORUM")
                // Every statement is an upsert of the same values: replaying one is safe.
                .withBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE, true)
                .build())
        .build();
  }

  private static String value(Password password) {
    return password == null ? null : password.value();
  }
}
