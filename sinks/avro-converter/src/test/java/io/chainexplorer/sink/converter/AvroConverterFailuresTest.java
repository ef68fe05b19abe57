package io.chainexplorer.sink.converter;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.schemas.registry.MockSchemaRegistry;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the converter throws for a frame it must not read: Connect's bad-data path. */
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

  private AvroConverter converter() {
    AvroConverter converter = new AvroConverter();
    converter.configure(Map.of(SchemaRegistryClientConfig.URL, "mock://" + scope), false);
    return converter;
  }
}
