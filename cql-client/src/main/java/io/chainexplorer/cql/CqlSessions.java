package io.chainexplorer.cql;

import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.ssl.ProgrammaticSslEngineFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A session builder for an endpoint: contact points, local datacenter (the driver's token-aware
 * default policy routes each bound statement to a replica there), auth and TLS; the caller adds its
 * own driver settings (timeouts, consistency) and builds.
 */
public final class CqlSessions {

  private static final int DEFAULT_PORT = 9042;

  private CqlSessions() {}

  /**
   * The builder for {@code endpoint}; throws IllegalArgumentException when TLS cannot be set up.
   */
  public static CqlSessionBuilder builder(CqlEndpoint endpoint) {
    CqlSessionBuilder builder =
        new CqlSessionBuilder().withLocalDatacenter(endpoint.localDatacenter());
    for (String contactPoint : endpoint.contactPoints()) {
      builder.addContactPoint(address(contactPoint));
    }
    if (endpoint.username() != null) {
      builder.withAuthCredentials(endpoint.username(), endpoint.password());
    }
    if (endpoint.tls() != null) {
      builder.withSslEngineFactory(
          new ProgrammaticSslEngineFactory(
              context(endpoint.tls()), null, endpoint.tls().hostnameValidation()));
    }
    return builder;
  }

  /** {@code host:port}, {@code [v6]:port}, or a host alone on the default port. */
  static InetSocketAddress address(String contactPoint) {
    String trimmed = contactPoint.trim();
    int colon = trimmed.lastIndexOf(':');
    if (colon < 0 || trimmed.endsWith("]")) {
      return InetSocketAddress.createUnresolved(trimmed, DEFAULT_PORT);
    }
    String host = trimmed.substring(0, colon).replace("[", "").replace("]", "");
    return new InetSocketAddress(host, Integer.parseInt(trimmed.substring(colon + 1)));
  }

  private static SSLContext context(CqlTls tls) {
    try {
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(load(tls.truststorePath(), tls.truststorePassword()));
      KeyManagerFactory keys = null;
      if (tls.keystorePath() != null) {
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(
            load(tls.keystorePath(), tls.keystorePassword()), tls.keystorePassword().toCharArray());
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      // The message names the store and the failure, never a password.
      throw new IllegalArgumentException("cannot set up TLS to the CQL nodes: " + e.getMessage());
    }
  }

  /** The store at {@code path}, or {@code null} (the JVM's default trust) when none is set. */
  private static KeyStore load(String path, String password)
      throws GeneralSecurityException, IOException {
    if (path == null) {
      return null;
    }
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      store.load(in, password == null ? null : password.toCharArray());
    }
    return store;
  }
}
