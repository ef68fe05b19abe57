package io.chainexplorer.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client trusts an https registry through the configured truststore, and only then. */
class RestSchemaRegistryClientTlsTest {

  private static final String PASSWORD = "changeit";

  @TempDir Path dir;
  private Path keystore;
  private HttpsServer server;
  private final AtomicReference<String> authorization = new AtomicReference<>();

  @BeforeEach
  void startHttpsServer() throws Exception {
    keystore = dir.resolve("registry.p12");
    generateSelfSignedKeystore(keystore);
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    server.createContext(
        "/",
        exchange -> {
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body = "{\"compatibilityLevel\": \"FULL\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void shouldReachHttpsRegistryWhenTruststoreHoldsItsCertificate() {
    RestSchemaRegistryClient client =
        client(
            Map.of(
                SchemaRegistryClientConfig.TRUSTSTORE_LOCATION,
                keystore.toString(),
                SchemaRegistryClientConfig.TRUSTSTORE_PASSWORD,
                PASSWORD));

    assertThat(client.getCompatibility()).isEqualTo(CompatibilityLevel.FULL);
  }

  @Test
  void shouldSendBasicCredentialsOverHttpsWhenConfigured() {
    RestSchemaRegistryClient client =
        client(
            Map.of(
                SchemaRegistryClientConfig.TRUSTSTORE_LOCATION,
                keystore.toString(),
                SchemaRegistryClientConfig.TRUSTSTORE_PASSWORD,
                PASSWORD,
                SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO,
                "reader:s3cret"));

    assertThat(client.getCompatibility()).isEqualTo(CompatibilityLevel.FULL);
    assertThat(authorization.get())
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("reader:s3cret".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldRefuseHttpsRegistryWhenCertificateIsNotTrusted() {
    RestSchemaRegistryClient client = client(Map.of(SchemaRegistryClientConfig.RETRIES, 0));

    assertThatThrownBy(client::getCompatibility)
        .isInstanceOf(SchemaRegistryUnavailableException.class)
        .hasMessageContaining("SSLHandshakeException");
  }

  @Test
  void shouldNameTheSettingWhenTruststoreCannotBeRead() {
    Map<String, Object> config =
        Map.of(
            SchemaRegistryClientConfig.URL, url(),
            SchemaRegistryClientConfig.TRUSTSTORE_LOCATION, dir.resolve("missing.p12").toString());

    assertThatThrownBy(() -> new RestSchemaRegistryClient(new SchemaRegistryClientConfig(config)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(SchemaRegistryClientConfig.TRUSTSTORE_LOCATION);
  }

  private RestSchemaRegistryClient client(Map<String, Object> extra) {
    Map<String, Object> config = new java.util.HashMap<>(extra);
    config.put(SchemaRegistryClientConfig.URL, url());
    return new RestSchemaRegistryClient(new SchemaRegistryClientConfig(config), millis -> {});
  }

  private String url() {
    return "https://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void generateSelfSignedKeystore(Path target) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-keystore",
                target.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD,
                "-alias",
                "registry",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
    assertThat(process.exitValue()).as("keytool: %s", output).isZero();
  }
}
