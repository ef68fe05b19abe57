package io.chainexplorer.devstack.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

  private static final Schema SCHEMA =
      new Schema.Parser()
          .parse(
              """
              {"type":"record","name":"Sample","namespace":"io.chainexplorer.avro","fields":[
                {"name":"hash","type":"string"},
                {"name":"to","type":["null","string"],"default":null},
                {"name":"value","type":{"type":"bytes","logicalType":"decimal",
                  "precision":78,"scale":0}},
                {"name":"input","type":"bytes"},
                {"name":"status","type":{"type":"enum","name":"Status",
                  "symbols":["SUCCESS","FAILURE"]}},
                {"name":"topics","type":{"type":"array","items":"string"}},
                {"name":"labels","type":{"type":"map","values":"long"}},
                {"name":"log","type":["null",{"type":"record","name":"Inner","fields":[
                  {"name":"logIndex","type":"long"}]}],"default":null}
              ]}
              """);

  @Test
  void shouldWriteEveryFieldUnderItsSchemaNameWithUnionsUnwrapped() {
    GenericRecord inner = new GenericData.Record(SCHEMA.getField("log").schema().getTypes().get(1));
    inner.put("logIndex", 7L);
    GenericRecord record = new GenericData.Record(SCHEMA);
    record.put("hash", "0xabc");
    record.put("to", null);
    BigInteger uint256Max = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
    record.put("value", ByteBuffer.wrap(uint256Max.toByteArray()));
    record.put("input", ByteBuffer.wrap(new byte[] {(byte) 0xa9, 0x05, 0x00}));
    record.put("status", new GenericData.EnumSymbol(SCHEMA.getField("status").schema(), "FAILURE"));
    record.put("topics", List.of("0xddf2", "0x01"));
    record.put("labels", Map.of("gas", 21_000L));
    record.put("log", inner);

    JsonNode json = AvroJson.toJson(record);

    assertThat(json.path("hash").asText()).isEqualTo("0xabc");
    assertThat(json.path("to").isNull()).isTrue();
    assertThat(json.path("value").asText()).isEqualTo(uint256Max.toString());
    assertThat(json.path("input").asText()).isEqualTo("0xa90500");
    assertThat(json.path("status").asText()).isEqualTo("FAILURE");
    assertThat(json.path("topics").get(1).asText()).isEqualTo("0x01");
    assertThat(json.path("labels").path("gas").asLong()).isEqualTo(21_000L);
    assertThat(json.path("log").path("logIndex").asLong()).isEqualTo(7L);
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("hash", "to", "value", "input", "status", "topics", "labels", "log");
  }
}
