package io.chainexplorer.sink.converter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.schemas.registry.MockSchemaRegistry;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.serde.KafkaAvroSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AvroConverterTest {

  private static final String TOPIC = "eth-test.things.v1";

  private final String scope = "converter-" + UUID.randomUUID();
  private final org.apache.avro.Schema allTypes = AvroSamples.allTypes();

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(scope);
  }

  @Test
  void shouldReadSerializerFrameIntoStructAndWriteItBackToIdenticalBytes() {
    GenericData.Record record = (GenericData.Record) AvroSamples.sample(allTypes, false);
    byte[] frame = serialize(record, false);
    AvroConverter converter = converter(false);

    SchemaAndValue connect = converter.toConnectData(TOPIC, frame);

    assertThat(connect.value()).isInstanceOf(Struct.class);
    Struct struct = (Struct) connect.value();
    assertThat(struct.get("text")).isEqualTo("0xdeadbeef");
    assertThat(struct.get("amount")).isEqualTo(new BigDecimal(AvroSamples.UINT256_MAX));
    assertThat(struct.get("colour")).isEqualTo("GREEN");
    assertThat(hex(converter.fromConnectData(TOPIC, connect.schema(), connect.value())))
        .isEqualTo(hex(frame));
  }

  @Test
  void shouldKeepNullsWhenWritingBackAFrameWithEveryNullableNull() {
    byte[] frame = serialize(AvroSamples.sample(allTypes, true), false);
    AvroConverter converter = converter(false);

    SchemaAndValue connect = converter.toConnectData(TOPIC, frame);

    assertThat(((Struct) connect.value()).get("maybeNested")).isNull();
    assertThat(hex(converter.fromConnectData(TOPIC, connect.schema(), connect.value())))
        .isEqualTo(hex(frame));
  }

  @Test
  void shouldRegisterConnectSchemaUnderTopicValueSubjectWhenWriting() {
    AvroConverter converter = converter(false);
    Schema schema = new AvroConnectData().toConnectSchema(allTypes);
    Struct struct =
        (Struct)
            new AvroConnectData()
                .toConnectData(allTypes, AvroSamples.sample(allTypes, false))
                .value();

    byte[] frame = converter.fromConnectData(TOPIC, schema, struct);

    MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
    assertThat(registry.latest(TOPIC + "-value").schema()).isEqualTo(allTypes);
    assertThat(frame[0]).isZero();
    assertThat(readId(frame)).isEqualTo(registry.latest(TOPIC + "-value").id());
  }

  @Test
  void shouldRegisterUnderTopicKeySubjectWhenConfiguredForKeys() {
    AvroConverter converter = converter(true);

    byte[] frame = converter.fromConnectData(TOPIC, Schema.STRING_SCHEMA, "0xkey");

    assertThat(MockSchemaRegistry.forScope(scope).latest(TOPIC + "-key").id())
        .isEqualTo(readId(frame));
    assertThat(converter.toConnectData(TOPIC, frame).value()).isEqualTo("0xkey");
  }

  @Test
  void shouldMapTombstonesToNullBothWays() {
    AvroConverter converter = converter(false);

    assertThat(converter.toConnectData(TOPIC, null)).isEqualTo(SchemaAndValue.NULL);
    assertThat(converter.fromConnectData(TOPIC, null, null)).isNull();
    assertThat(converter.fromConnectData(TOPIC, Schema.OPTIONAL_STRING_SCHEMA, null)).isNull();
  }

  @Test
  void shouldRejectFrameWhenMagicByteIsOne() {
    byte[] frame = serialize(AvroSamples.sample(allTypes, false), false);
    frame[0] = 1;

    assertThatThrownBy(() -> converter(false).toConnectData(TOPIC, frame))
        .isInstanceOf(DataException.class)
        .hasMessageContaining(TOPIC)
        .hasMessageContaining("magic byte 1");
  }

  @Test
  void shouldRejectFrameWhenShorterThanTheHeader() {
    assertThatThrownBy(() -> converter(false).toConnectData(TOPIC, new byte[] {0, 0, 1}))
        .isInstanceOf(DataException.class)
        .hasMessageContaining(TOPIC)
        .hasMessageContaining("Truncated");
  }

  @Test
  void shouldRejectFrameWhenPayloadIsCutShort() {
    byte[] frame = serialize(AvroSamples.sample(allTypes, false), false);
    byte[] cut = Arrays.copyOf(frame, frame.length / 2);

    assertThatThrownBy(() -> converter(false).toConnectData(TOPIC, cut))
        .isInstanceOf(DataException.class)
        .hasMessageContaining(TOPIC);
  }

  @Test
  void shouldRejectFrameWhenSchemaIdIsUnknown() {
    byte[] frame = {0, 0, 0, 0x27, 0x0f, 2};

    assertThatThrownBy(() -> converter(false).toConnectData(TOPIC, frame))
        .isInstanceOf(DataException.class)
        .hasMessageContaining(TOPIC)
        .hasMessageContaining("schema id 9999");
  }

  @Test
  void shouldFailNamingTopicWhenRegistryIsUnreachable() throws IOException {
    Map<String, Object> configs = new HashMap<>();
    configs.put(SchemaRegistryClientConfig.URL, "http://127.0.0.1:" + closedPort());
    configs.put(SchemaRegistryClientConfig.RETRIES, 1);
    configs.put(SchemaRegistryClientConfig.RETRY_BACKOFF_MS, 1L);
    AvroConverter converter = new AvroConverter();
    converter.configure(configs, false);

    // Retriable, not bad data: Connect retries it and never dead-letters a good record for it.
    assertThatThrownBy(() -> converter.toConnectData(TOPIC, new byte[] {0, 0, 0, 0, 1, 2}))
        .isInstanceOf(RetriableException.class)
        .hasMessageContaining(TOPIC);
    assertThatThrownBy(() -> converter.fromConnectData(TOPIC, Schema.STRING_SCHEMA, "x"))
        .isInstanceOf(RetriableException.class)
        .hasMessageContaining(TOPIC);
  }

  @Test
  void shouldFailNamingSubjectWhenAutoRegisterIsOffAndSchemaIsMissing() {
    Map<String, Object> configs = mockConfig();
    configs.put(SchemaRegistryClientConfig.AUTO_REGISTER_SCHEMAS, false);
    AvroConverter converter = new AvroConverter();
    converter.configure(configs, false);

    assertThatThrownBy(() -> converter.fromConnectData(TOPIC, Schema.STRING_SCHEMA, "x"))
        .isInstanceOf(DataException.class)
        .hasMessageContaining(TOPIC + "-value");
  }

  @Test
  void shouldRejectUseLatestVersionAtConfiguration() {
    Map<String, Object> configs = mockConfig();
    configs.put(SchemaRegistryClientConfig.USE_LATEST_VERSION, true);

    assertThatThrownBy(() -> new AvroConverter().configure(configs, false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(SchemaRegistryClientConfig.USE_LATEST_VERSION);
  }

  @Test
  void shouldDeclareRegistryAndCacheKeysInItsConfigDef() {
    assertThat(new AvroConverter().config().names())
        .contains(
            SchemaRegistryClientConfig.URL,
            SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO,
            SchemaRegistryClientConfig.TRUSTSTORE_LOCATION,
            AvroConverterConfig.SCHEMAS_CACHE_SIZE);
  }

  @Test
  void shouldFailNamingTopicWhenEnumValueIsNotASymbol() {
    Schema schema = new AvroConnectData().toConnectSchema(allTypes);
    Struct struct =
        (Struct)
            new AvroConnectData()
                .toConnectData(allTypes, AvroSamples.sample(allTypes, false))
                .value();
    struct.put("colour", "PURPLE");

    assertThatThrownBy(() -> converter(false).fromConnectData(TOPIC, schema, struct))
        .isInstanceOf(DataException.class)
        .hasMessageContaining(TOPIC)
        .hasMessageContaining("PURPLE");
  }

  @Test
  void shouldFailNamingTopicAndFieldWhenARequiredValueIsMissing() {
    Schema schema =
        SchemaBuilder.struct()
            .name("Widget")
            .field("name", Schema.STRING_SCHEMA)
            .field("size", Schema.INT64_SCHEMA)
            .build();
    Struct struct = new Struct(schema).put("size", 3L);

    assertThatThrownBy(() -> converter(false).fromConnectData(TOPIC, schema, struct))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("Cannot write Avro")
        .hasMessageContaining(TOPIC)
        .hasMessageContaining("null value for (non-nullable) string at Widget.name")
        .hasNoCause();
  }

  @Test
  void shouldBeFoundByServiceLoadingAsAConnectWorkerDoes() {
    assertThat(ServiceLoader.load(Converter.class).stream().map(ServiceLoader.Provider::type))
        .contains(AvroConverter.class);
  }

  @Test
  void shouldWriteAndReadStructBuiltByASourceConnector() {
    Schema schema = SourceStructs.schema();
    Struct struct = SourceStructs.sample(schema);
    AvroConverter converter = converter(false);

    byte[] frame = converter.fromConnectData(TOPIC, schema, struct);
    Struct read = (Struct) converter.toConnectData(TOPIC, frame).value();

    for (String field : List.of("tiny", "short", "count", "amount", "at", "tags", "labels")) {
      assertThat(read.get(field)).as(field).isEqualTo(struct.get(field));
    }
    assertThat(read.get("missing")).isNull();
    assertThat(read.getStruct("inner").get("note")).isEqualTo("inner note");
    assertThat(read.schema().field("tiny").schema().type()).isEqualTo(Schema.Type.INT8);
    assertThat(converter.fromConnectData(TOPIC, read.schema(), read)).isEqualTo(frame);
  }

  private AvroConverter converter(boolean isKey) {
    AvroConverter converter = new AvroConverter();
    converter.configure(mockConfig(), isKey);
    return converter;
  }

  private Map<String, Object> mockConfig() {
    Map<String, Object> configs = new HashMap<>();
    configs.put(SchemaRegistryClientConfig.URL, "mock://" + scope);
    return configs;
  }

  private byte[] serialize(Object datum, boolean isKey) {
    try (KafkaAvroSerializer serializer = new KafkaAvroSerializer()) {
      serializer.configure(mockConfig(), isKey);
      return serializer.serialize(TOPIC, datum);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static int readId(byte[] frame) {
    return ByteBuffer.wrap(frame, 1, 4).getInt();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
