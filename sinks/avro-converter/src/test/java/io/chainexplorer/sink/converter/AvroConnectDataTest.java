package io.chainexplorer.sink.converter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AvroConnectDataTest {

  private final org.apache.avro.Schema allTypes = AvroSamples.allTypes();

  @Test
  void shouldMapEveryAvroTypeToItsConnectTypeWhenConvertingTheSchema() {
    Schema connect = new AvroConnectData().toConnectSchema(allTypes);

    assertThat(connect.type()).isEqualTo(Schema.Type.STRUCT);
    assertThat(connect.name()).isEqualTo("io.chainexplorer.test.AllTypes");
    assertThat(connect.doc()).isEqualTo("Every Avro type the Connect converter maps.");
    assertThat(connect.fields().stream().map(Field::name).toList())
        .isEqualTo(allTypes.getFields().stream().map(org.apache.avro.Schema.Field::name).toList());
    assertThat(connect.parameters())
        .containsEntry("io.chainexplorer.avro.field.doc.text", "A plain string.");
    assertThat(type(connect, "text")).isEqualTo(Schema.Type.STRING);
    assertThat(type(connect, "flag")).isEqualTo(Schema.Type.BOOLEAN);
    assertThat(type(connect, "small")).isEqualTo(Schema.Type.INT32);
    assertThat(type(connect, "big")).isEqualTo(Schema.Type.INT64);
    assertThat(type(connect, "ratio")).isEqualTo(Schema.Type.FLOAT32);
    assertThat(type(connect, "share")).isEqualTo(Schema.Type.FLOAT64);
    assertThat(type(connect, "raw")).isEqualTo(Schema.Type.BYTES);
    assertThat(type(connect, "labels")).isEqualTo(Schema.Type.MAP);
    assertThat(connect.field("labels").schema().valueSchema().type()).isEqualTo(Schema.Type.INT64);
    assertThat(connect.field("tags").schema().valueSchema().type()).isEqualTo(Schema.Type.STRING);
    assertThat(connect.field("nested").schema().name()).isEqualTo("io.chainexplorer.test.Inner");
    assertThat(connect.field("nested").schema().doc()).isEqualTo("A nested record.");
  }

  @Test
  void shouldMapLogicalTypesToConnectLogicalTypesWhenConvertingTheSchema() {
    Schema connect = new AvroConnectData().toConnectSchema(allTypes);

    Schema amount = connect.field("amount").schema();
    assertThat(amount.name()).isEqualTo(Decimal.LOGICAL_NAME);
    assertThat(amount.parameters())
        .containsEntry(Decimal.SCALE_FIELD, "0")
        .containsEntry("connect.decimal.precision", "78");
    assertThat(connect.field("price").schema().parameters())
        .containsEntry(Decimal.SCALE_FIELD, "4");
    assertThat(connect.field("maybeAmount").schema().isOptional()).isTrue();
    assertThat(connect.field("maybeAmount").schema().name()).isEqualTo(Decimal.LOGICAL_NAME);
    assertThat(connect.field("at").schema().name()).isEqualTo(Timestamp.LOGICAL_NAME);
    assertThat(connect.field("day").schema().name())
        .isEqualTo(org.apache.kafka.connect.data.Date.LOGICAL_NAME);
    assertThat(connect.field("clock").schema().name()).isEqualTo(Time.LOGICAL_NAME);
    assertThat(connect.field("word").schema().name()).isEqualTo(Decimal.LOGICAL_NAME);
    assertThat(connect.field("hash").schema().parameters())
        .containsEntry("io.chainexplorer.avro.fixed.size", "32");
  }

  @Test
  void shouldMapEnumToStringListingItsSymbolsWhenConvertingTheSchema() {
    Schema colour = new AvroConnectData().toConnectSchema(allTypes).field("colour").schema();

    assertThat(colour.type()).isEqualTo(Schema.Type.STRING);
    assertThat(colour.name()).isEqualTo("io.chainexplorer.test.Colour");
    assertThat(colour.doc()).isEqualTo("A colour.");
    assertThat(colour.parameters())
        .containsEntry("io.chainexplorer.avro.enum.symbols", "RED,GREEN,BLUE");
  }

  @Test
  void shouldMapNullableUnionsToOptionalSchemasWithDefaultsWhenConvertingTheSchema() {
    Schema connect = new AvroConnectData().toConnectSchema(allTypes);

    assertThat(connect.field("maybeNested").schema().isOptional()).isTrue();
    assertThat(connect.field("maybeNested").schema().type()).isEqualTo(Schema.Type.STRUCT);
    assertThat(connect.field("nested").schema().isOptional()).isFalse();
    assertThat(connect.field("nullLast").schema().defaultValue()).isEqualTo("x");
    assertThat(connect.field("count").schema().defaultValue()).isEqualTo(7);
    assertThat(connect.field("tags").schema().defaultValue()).isEqualTo(List.of());
    assertThat(connect.field("nullableItems").schema().valueSchema().isOptional()).isTrue();
  }

  @Test
  void shouldMapOtherUnionsToStructWithOneOptionalFieldPerBranch() {
    Schema choice = new AvroConnectData().toConnectSchema(allTypes).field("choice").schema();

    assertThat(choice.type()).isEqualTo(Schema.Type.STRUCT);
    assertThat(choice.isOptional()).isTrue();
    assertThat(choice.fields().stream().map(Field::name).toList())
        .containsExactly("long", "string", "io.chainexplorer.test.Inner");
    assertThat(choice.fields()).allMatch(field -> field.schema().isOptional());
  }

  @ParameterizedTest(name = "nulls={0}")
  @ValueSource(booleans = {true, false})
  void shouldRestoreTheSameAvroSchemaAndBytesWhenRoundTrippingThroughTheCache(boolean nulls) {
    AvroConnectData data = new AvroConnectData();

    RoundTrip.assertRoundTrip(allTypes, AvroSamples.sample(allTypes, nulls), data, data);
  }

  @ParameterizedTest(name = "nulls={0}")
  @ValueSource(booleans = {true, false})
  void shouldRegenerateTheSameAvroSchemaAndBytesWhenConvertingBackWithoutTheCache(boolean nulls) {
    RoundTrip.assertRoundTrip(
        allTypes,
        AvroSamples.sample(allTypes, nulls),
        new AvroConnectData(),
        new AvroConnectData());
  }

  @Test
  void shouldCarryUint256MaxExactlyAsConnectDecimal() {
    GenericData.Record record = (GenericData.Record) AvroSamples.sample(allTypes, false);

    Struct struct = (Struct) new AvroConnectData().toConnectData(allTypes, record).value();

    BigDecimal max = new BigDecimal(AvroSamples.UINT256_MAX);
    assertThat(struct.get("amount")).isEqualTo(max);
    assertThat(struct.get("maybeAmount")).isEqualTo(max);
    assertThat(struct.get("word")).isEqualTo(max);
  }

  @Test
  void shouldRestoreEnumSymbolWhenConvertingBackWithoutTheCache() {
    GenericData.Record record = (GenericData.Record) AvroSamples.sample(allTypes, false);
    SchemaAndValue connect = new AvroConnectData().toConnectData(allTypes, record);
    assertThat(((Struct) connect.value()).get("colour")).isEqualTo("GREEN");

    AvroConnectData fresh = new AvroConnectData();
    GenericData.Record back =
        (GenericData.Record) fresh.fromConnectData(connect.schema(), connect.value());

    org.apache.avro.Schema colour =
        fresh.fromConnectSchema(connect.schema()).getField("colour").schema();
    assertThat(colour.getType()).isEqualTo(org.apache.avro.Schema.Type.ENUM);
    assertThat(colour.getEnumSymbols()).containsExactly("RED", "GREEN", "BLUE");
    assertThat(colour.getEnumDefault()).isEqualTo("RED");
    assertThat(back.get("colour")).isEqualTo(new GenericData.EnumSymbol(colour, "GREEN"));
  }

  @Test
  void shouldSetTheMatchingBranchWhenConvertingAGeneralUnionValue() {
    GenericData.Record record = (GenericData.Record) AvroSamples.sample(allTypes, false);
    record.put("choice", "0xabc");

    Struct choice =
        (Struct)
            ((Struct) new AvroConnectData().toConnectData(allTypes, record).value()).get("choice");

    assertThat(choice.get("string")).isEqualTo("0xabc");
    assertThat(choice.get("long")).isNull();
    RoundTrip.assertRoundTrip(allTypes, record, new AvroConnectData(), new AvroConnectData());
  }

  @Test
  void shouldNameUnnamedStructsUniquelyWhenConvertingToAvro() {
    Schema first = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
    Schema second = SchemaBuilder.struct().field("b", Schema.STRING_SCHEMA).build();
    Schema row = SchemaBuilder.struct().field("first", first).field("second", second).build();

    org.apache.avro.Schema avro = new AvroConnectData().fromConnectSchema(row);

    assertThat(avro.getFullName()).isEqualTo("io.chainexplorer.avro.ConnectDefault");
    assertThat(avro.getField("first").schema().getFullName())
        .isEqualTo("io.chainexplorer.avro.ConnectDefault2");
    assertThat(avro.getField("second").schema().getFullName())
        .isEqualTo("io.chainexplorer.avro.ConnectDefault3");
  }

  @Test
  void shouldGiveOptionalConnectFieldsANullDefaultWhenConvertingToAvro() {
    Schema row =
        SchemaBuilder.struct()
            .name("io.chainexplorer.test.Row")
            .field("maybe", Schema.OPTIONAL_STRING_SCHEMA)
            .field("count", SchemaBuilder.int64().defaultValue(5L).build())
            .build();

    org.apache.avro.Schema avro = new AvroConnectData().fromConnectSchema(row);

    assertThat(avro.toString())
        .isEqualTo(
            "{\"type\":\"record\",\"name\":\"Row\",\"namespace\":\"io.chainexplorer.test\","
                + "\"fields\":[{\"name\":\"maybe\",\"type\":[\"null\",\"string\"],\"default\":null},"
                + "{\"name\":\"count\",\"type\":\"long\",\"default\":5}]}");
  }

  @Test
  void shouldRejectRecursiveAvroSchema() {
    org.apache.avro.Schema recursive =
        new org.apache.avro.Schema.Parser()
            .parse(
                "{\"type\":\"record\",\"name\":\"Node\",\"fields\":["
                    + "{\"name\":\"next\",\"type\":[\"null\",\"Node\"]}]}");

    assertThatThrownBy(() -> new AvroConnectData().toConnectSchema(recursive))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("Node is recursive");
  }

  @Test
  void shouldRejectSchemalessValueWhenConvertingToAvro() {
    assertThatThrownBy(() -> new AvroConnectData().fromConnectData(null, "value"))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("Schemaless");
  }

  @Test
  void shouldRejectMapWithNonStringKeysWhenConvertingToAvro() {
    Schema map = SchemaBuilder.map(Schema.INT32_SCHEMA, Schema.STRING_SCHEMA).build();

    assertThatThrownBy(() -> new AvroConnectData().fromConnectSchema(map))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("string keys");
  }

  @Test
  void shouldWrapAValueOfTheWrongTypeInDataException() {
    assertThatThrownBy(() -> new AvroConnectData().toConnectData(allTypes, "not a record"))
        .isInstanceOf(DataException.class);
  }

  private static Schema.Type type(Schema struct, String field) {
    return struct.field(field).schema().type();
  }
}
