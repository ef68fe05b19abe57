package io.chainexplorer.batchserving.cql;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.ssl.ProgrammaticSslEngineFactory;
import io.chainexplorer.batchserving.BatchServingConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.ConfigException;

/**
 * Opens the loader's driver session: contact points, local datacenter, quorum writes, auth and TLS
 * as the ScyllaDB sink's settings describe them.
 */
public final class CqlSessions {

  private static final int DEFAULT_PORT = 9042;

  private CqlSessions() {}

  /** A session without a keyspace; statements name theirs. */
  public static CqlSession open(BatchServingConfig config) {
    CqlSessionBuilder builder =
        CqlSession.builder()
            .withLocalDatacenter(config.localDatacenter())
            .withConfigLoader(
                DriverConfigLoader.programmaticBuilder()
                    .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, config.requestTimeout())
                    .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "LOCAL_QUORUM")
                    // Every statement is an upsert of the same values: replaying one is safe.
                    .withBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE, true)
                    .build());
    for (String contactPoint : config.contactPoints()) {
      builder.addContactPoint(address(contactPoint));
    }
    if (config.username() != null) {
      builder.withAuthCredentials(config.username(), config.password().value());
    }
    if (config.sslEnabled()) {
      builder.withSslEngineFactory(
          new ProgrammaticSslEngineFactory(
              tls(config), null, config.getBoolean(BatchServingConfig.SSL_HOSTNAME_VALIDATION)));
    }
    return builder.build();
  }

  private static SSLContext tls(BatchServingConfig config) {
    String path = config.getString(BatchServingConfig.SSL_TRUSTSTORE_PATH);
    try {
      KeyStore store = null;
      if (path != null) {
        char[] password =
            config.getPassword(BatchServingConfig.SSL_TRUSTSTORE_PASSWORD).value().toCharArray();
        store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(Path.of(path))) {
          store.load(in, password);
        }
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      // The message names the store, never its password.
      throw new ConfigException("cannot set up TLS to the hot store: " + e.getMessage());
    }
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
