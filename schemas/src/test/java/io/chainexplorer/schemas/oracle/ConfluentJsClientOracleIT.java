package io.chainexplorer.schemas.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Withdrawal;
import io.chainexplorer.schemas.serde.KafkaAvroDeserializer;
import io.chainexplorer.schemas.serde.KafkaAvroSerializer;
import io.chainexplorer.schemas.serde.SampleRecords;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Confluent's official JS client is the oracle: for the same schema and value its frame must be our
 * frame byte for byte, and each side must decode the other's frame to the same value.
 */
@ExtendWith(SchemaRegistryExtension.class)
class ConfluentJsClientOracleIT {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void shouldProduceSameBytesAsConfluentJsClientAndDecodeEachOthersFrames(
      SchemaRegistryEndpoint registry) throws Exception {
    Map<String, Object> config = Map.of("schema.registry.url", registry.confluentApiUrl());
    KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    serializer.configure(config, false);
    KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    deserializer.configure(config, false);
    List<Case> cases = javaCases(serializer, deserializer);

    JsonNode results = NodeOracle.call(repoRoot(), request(registry, cases)).get("results");

    assertThat(results).hasSize(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      Case expected = cases.get(i);
      JsonNode result = results.get(i);
      byte[] jsFrame = HEX.parseHex(result.get("jsFrameHex").asText());
      assertThat(HEX.formatHex(jsFrame))
          .as("JS frame of case %d", i)
          .isEqualTo(HEX.formatHex(expected.javaFrame()));
      assertThat(AvroJson.sameValue(result.get("decodedJava"), expected.json()))
          .as("JS decoding Java's frame of case %d: %s", i, result.get("decodedJava"))
          .isTrue();
      GenericRecord fromJs = (GenericRecord) deserializer.deserialize(expected.topic(), jsFrame);
      assertThat(AvroJson.sameValue(AvroJson.toJson(fromJs, fromJs.getSchema()), expected.json()))
          .as("Java decoding JS's frame of case %d", i)
          .isTrue();
    }
  }

  /** One value: its topic, the frame Java wrote, and the value as the oracle's JSON. */
  private record Case(String topic, byte[] javaFrame, JsonNode json) {}

  private static List<Case> javaCases(
      KafkaAvroSerializer serializer, KafkaAvroDeserializer deserializer) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<Object> values =
        List.of(
            SampleRecords.sample(3L, "nullable set"),
            SampleRecords.sample(1L, null),
            new Withdrawal(
                17_000_001L, 600_001L, "0x00000000000000000000000000000000000000aa", 15_000_000L),
            new Log(
                18_000_000L,
                "0xbb",
                1_693_066_895L,
                "0xcc",
                4L,
                12L,
                "0xdd",
                List.of("0x01", "0x02"),
                "0x",
                false));
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String topic = "oracle-" + run + "-" + i;
      byte[] frame = serializer.serialize(topic, values.get(i));
      // Generated classes carry logical-type objects: compare what Java reads back generically.
      // Generic values keep their own map order, which is also the order Java encoded.
      GenericRecord generic =
          values.get(i) instanceof SpecificRecord
              ? (GenericRecord) deserializer.deserialize(topic, frame)
              : (GenericRecord) values.get(i);
      cases.add(new Case(topic, frame, AvroJson.toJson(generic, generic.getSchema())));
    }
    return cases;
  }

  private static ObjectNode request(SchemaRegistryEndpoint registry, List<Case> cases) {
    ObjectNode request =
        JsonNodeFactory.instance.objectNode().put("registryUrl", registry.confluentApiUrl());
    ArrayNode array = request.putArray("cases");
    for (Case testCase : cases) {
      ObjectNode item =
          array
              .addObject()
              .put("topic", testCase.topic())
              .put("javaFrameHex", HEX.formatHex(testCase.javaFrame()));
      item.set("value", testCase.json());
    }
    return request;
  }

  private static Path repoRoot() {
    return Path.of(System.getProperty("chainexplorer.root", "."));
  }
}
