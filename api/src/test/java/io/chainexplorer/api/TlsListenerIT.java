package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.api.config.ApiConfig;
import io.chainexplorer.embedded.SelfSignedTls;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** With a keystore configured the listener speaks HTTPS only. */
@ExtendWith(CassandraExtension.class)
class TlsListenerIT {

  @Test
  void shouldServeHttpsOnlyWhenAKeystoreIsConfigured(CassandraEndpoint cassandra, @TempDir Path dir)
      throws Exception {
    ApiStack stack = ApiStack.on(cassandra);
    SelfSignedTls tls = SelfSignedTls.generate(dir);
    ApiConfig config =
        ApiStack.config(
            cassandra,
            Map.of(
                ApiConfig.TLS_KEYSTORE_PATH, tls.keystore().toString(),
                ApiConfig.TLS_KEYSTORE_PASSWORD, tls.password()));
    Javalin app = ApiServer.start(config, stack.session());
    try {
      HttpClient https = HttpClient.newBuilder().sslContext(tls.clientContext()).build();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + app.port() + "/v1/blocks/1"))
              .header("Authorization", "Bearer " + ApiStack.READER_KEY)
              .timeout(Duration.ofSeconds(30))
              .build();

      assertThat(https.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isIn(200, 404);
      assertThat(app.jettyServer().server().getConnectors()).hasSize(1);
      HttpRequest plain =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
              .timeout(Duration.ofSeconds(30))
              .build();
      assertThatThrownBy(
              () -> HttpClient.newHttpClient().send(plain, HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(IOException.class);
    } finally {
      app.stop();
    }
  }
}
