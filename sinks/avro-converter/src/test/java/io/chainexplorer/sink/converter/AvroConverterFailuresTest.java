package io.chainexplorer.sink.converter;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.chainexplorer.schemas.registry.MockSchemaRegistry;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad data for Connect's dead-letter path, an unreachable registry for its retries. */
class AvroConverterFailuresTest {

  private static final String TOPIC = "eth-test.hostile.v1";

  private final String scope = "converter-failures-" + UUID.randomUUID();

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(scope);
  }

  @Test
  void shouldRejectAFrameDeclaringAStringLongerThanItselfBeforeAllocatingIt() {
    Schema schema =
        new Schema.Parser()
            .parse(
                "{\"type\": \"record\", \"name\": \"R\", \"fields\": [{\"name\": \"n\","
                    + " \"type\": \"long\"}, {\"name\": \"s\", \"type\": \"string\"}]}");
    int id = MockSchemaRegistry.forScope(scope).register(TOPIC + "-value", schema);
    // n = 1, then s declared 2^30 bytes long (zig-zag varint 80 80 80 80 08): 11 bytes in all.
    byte[] frame = {
      0, 0, 0, 0, (byte) id, 2, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 8
    };

    assertThatThrownBy(() -> converter().toConnectData(TOPIC, frame))
        .isInstanceOf(DataException.class)
        .hasMessageContaining(TOPIC)
        .hasMessageContaining("string of 1073741824 bytes where 0 bytes are left");
  }

  @Test
  void shouldLeaveARegistryRefusingOurCredentialsOrDownToConnectsRetriesNotToTheDeadLetters()
      throws IOException {
    HttpServer registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger status = new AtomicInteger(401);
    registry.createContext(
        "/",
        exchange -> {
          byte[] body = "{\"error_code\": 0, \"message\": \"no\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    registry.start();
    try {
      AvroConverter converter = new AvroConverter();
      converter.configure(
          Map.of(
              SchemaRegistryClientConfig.URL,
              "http://127.0.0.1:" + registry.getAddress().getPort(),
              SchemaRegistryClientConfig.RETRIES,
              0),
          false);
      byte[] frame = {0, 0, 0, 0, 7, 2};

      for (int answer : new int[] {401, 403, 503}) {
        status.set(answer);
        assertThatThrownBy(() -> converter.toConnectData(TOPIC, frame))
            .as("HTTP %d", answer)
            .isInstanceOf(RetriableException.class)
            .hasMessageContaining(TOPIC);
      }
      status.set(404);
      assertThatThrownBy(() -> converter.toConnectData(TOPIC, frame))
          .isInstanceOf(DataException.class)
          .isNotInstanceOf(RetriableException.class);
    } finally {
      registry.stop(0);
    }
  }

  private AvroConverter converter() {
    AvroConverter converter = new AvroConverter();
    converter.configure(Map.of(SchemaRegistryClientConfig.URL, "mock://" + scope), false);
    return converter;
  }
}
