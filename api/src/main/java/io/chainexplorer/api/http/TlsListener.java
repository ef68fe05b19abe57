package io.chainexplorer.api.http;

import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The listener's set-up: plain HTTP, or HTTPS only from a PKCS12 keystore. */
public final class TlsListener {

  private TlsListener() {}

  /** Plain HTTP on the host and port. */
  public static Consumer<JavalinConfig> plain(String host, int port) {
    return config -> {
      config.jetty.host = host;
      config.jetty.port = port;
    };
  }

  /** HTTPS only on the host and port, with the keystore's certificate. */
  public static Consumer<JavalinConfig> https(
      String host, int port, Path keystore, String password) {
    return config ->
        config.jetty.addConnector(
            (server, http) -> {
              SslContextFactory.Server tls = new SslContextFactory.Server();
              tls.setKeyStorePath(keystore.toString());
              tls.setKeyStorePassword(password);
              tls.setKeyStoreType("PKCS12");
              http.addCustomizer(new SecureRequestCustomizer());
              ServerConnector connector =
                  new ServerConnector(
                      server,
                      new SslConnectionFactory(tls, "http/1.1"),
                      new HttpConnectionFactory(http));
              connector.setHost(host);
              connector.setPort(port);
              return connector;
            });
  }
}
