package io.chainexplorer.sink.converter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.chainexplorer.embedded.SelfSignedTls;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.wire.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The converter reaches an https registry with the {@code schema.registry.ssl.*} and basic-auth
 * keys a connector gives it under {@code value.converter.}, and only with the truststore.
 */
class AvroConverterTlsTest {

  private static final String TOPIC = "eth-test.things.v1";
  private static final int SCHEMA_ID = 7;
  private static final Schema SCHEMA =
      new Schema.Parser()
          .parse(
              "{\"type\":\"record\",\"name\":\"Thing\",\"namespace\":\"io.test\","
                  + "\"fields\":[{\"name\":\"text\",\"type\":\"string\"}]}");

  private static SelfSignedTls tls;
  private static HttpsServer server;
  private static final AtomicReference<String> authorization = new AtomicReference<>();

  @BeforeAll
  static void startHttpsRegistry(@TempDir Path dir) throws Exception {
    tls = SelfSignedTls.generate(dir);
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverContext()));
    byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("schema", SCHEMA.toString()));
    server.createContext(
        "/schemas/ids/" + SCHEMA_ID,
        exchange -> {
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterAll
  static void stopRegistry() {
    server.stop(0);
  }

  @Test
  void shouldReadAFrameWhenTheHttpsRegistryIsTrustedThroughTheConverterKeys() throws Exception {
    Map<String, Object> config = config();
    config.put(SchemaRegistryClientConfig.TRUSTSTORE_LOCATION, tls.truststore().toString());
    config.put(SchemaRegistryClientConfig.TRUSTSTORE_PASSWORD, tls.password());
    config.put(SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO, "sink:s3cret");
    AvroConverter converter = new AvroConverter();
    converter.configure(config, false);

    Struct struct = (Struct) converter.toConnectData(TOPIC, frame("0xbeef")).value();

    assertThat(struct.get("text")).isEqualTo("0xbeef");
    assertThat(authorization.get())
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("sink:s3cret".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldNotReadAFrameWhenTheRegistryCertificateIsNotTrusted() throws Exception {
    AvroConverter converter = new AvroConverter();
    converter.configure(config(), false);
    byte[] frame = frame("0xbeef");

    assertThatThrownBy(() -> converter.toConnectData(TOPIC, frame))
        .hasStackTraceContaining("SSLHandshakeException");
  }

  private static Map<String, Object> config() {
    Map<String, Object> config = new HashMap<>();
    config.put(
        SchemaRegistryClientConfig.URL, "https://127.0.0.1:" + server.getAddress().getPort());
    config.put(SchemaRegistryClientConfig.RETRIES, 0);
    return config;
  }

  private static byte[] frame(String text) throws Exception {
    GenericData.Record record = new GenericData.Record(SCHEMA);
    record.put("text", text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericData.Record>(SCHEMA).write(record, encoder);
    encoder.flush();
    return WireFormat.frame(SCHEMA_ID, out.toByteArray());
  }

  private static SSLContext serverContext() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(tls.keystore())) {
      store.load(in, tls.password().toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, tls.password().toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }
}
