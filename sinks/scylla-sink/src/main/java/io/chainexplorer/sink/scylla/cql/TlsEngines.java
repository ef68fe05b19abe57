package io.chainexplorer.sink.scylla.cql;

import com.datastax.oss.driver.api.core.ssl.ProgrammaticSslEngineFactory;
import com.datastax.oss.driver.api.core.ssl.SslEngineFactory;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/** Builds the driver's TLS engine factory from the truststore and optional keystore settings. */
final class TlsEngines {

  private TlsEngines() {}

  static SslEngineFactory from(ScyllaSinkConfig config) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(
          load(
              config.getString(ScyllaSinkConfig.SSL_TRUSTSTORE_PATH),
              config.getPassword(ScyllaSinkConfig.SSL_TRUSTSTORE_PASSWORD)));
      KeyManagerFactory keys = null;
      String keystore = config.getString(ScyllaSinkConfig.SSL_KEYSTORE_PATH);
      if (keystore != null) {
        Password password = config.getPassword(ScyllaSinkConfig.SSL_KEYSTORE_PASSWORD);
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keystore, password), password.value().toCharArray());
      }
      context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
      return new ProgrammaticSslEngineFactory(
          context, null, config.getBoolean(ScyllaSinkConfig.SSL_HOSTNAME_VALIDATION));
    } catch (GeneralSecurityException | IOException e) {
      throw new ConfigException("cannot set up TLS to ScyllaDB: " + e.getMessage());
    }
  }

  /** The store at {@code path}, or {@code null} (the JVM's default trust) when none is set. */
  private static KeyStore load(String path, Password password)
      throws GeneralSecurityException, IOException {
    if (path == null) {
      return null;
    }
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      store.load(in, password.value().toCharArray());
    }
    return store;
  }
}
