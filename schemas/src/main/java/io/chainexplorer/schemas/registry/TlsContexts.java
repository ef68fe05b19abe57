package io.chainexplorer.schemas.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.types.Password;

/** Builds the SSLContext of the registry client from the truststore and keystore settings. */
final class TlsContexts {

  private TlsContexts() {}

  /** The configured context, or the JDK default when neither store is set. */
  static SSLContext fromConfig(SchemaRegistryClientConfig config) {
    String truststore = config.getString(SchemaRegistryClientConfig.TRUSTSTORE_LOCATION);
    String keystore = config.getString(SchemaRegistryClientConfig.KEYSTORE_LOCATION);
    try {
      if (isBlank(truststore) && isBlank(keystore)) {
        return SSLContext.getDefault();
      }
      TrustManagerFactory trust = null;
      if (!isBlank(truststore)) {
        trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(
            load(
                truststore,
                config.getString(SchemaRegistryClientConfig.TRUSTSTORE_TYPE),
                chars(config.getPassword(SchemaRegistryClientConfig.TRUSTSTORE_PASSWORD))));
      }
      KeyManagerFactory keys = null;
      if (!isBlank(keystore)) {
        char[] storePassword =
            chars(config.getPassword(SchemaRegistryClientConfig.KEYSTORE_PASSWORD));
        char[] keyPassword = chars(config.getPassword(SchemaRegistryClientConfig.KEY_PASSWORD));
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(
            load(
                keystore,
                config.getString(SchemaRegistryClientConfig.KEYSTORE_TYPE),
                storePassword),
            keyPassword != null ? keyPassword : storePassword);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          keys == null ? null : keys.getKeyManagers(),
          trust == null ? null : trust.getTrustManagers(),
          null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException(
          "Cannot build the TLS context of the schema registry client from "
              + SchemaRegistryClientConfig.TRUSTSTORE_LOCATION
              + "/"
              + SchemaRegistryClientConfig.KEYSTORE_LOCATION
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static KeyStore load(String location, String type, char[] password)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance(type);
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      store.load(in, password);
    }
    return store;
  }

  private static char[] chars(Password password) {
    return password == null ? null : password.value().toCharArray();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
