package io.chainexplorer.sink.converter;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;

/** Avro → Connect → Avro, asserting that the schema, its JSON and the datum's bytes survive. */
final class RoundTrip {

  private RoundTrip() {}

  static void assertRoundTrip(
      Schema avro, Object datum, AvroConnectData there, AvroConnectData back) {
    SchemaAndValue connect = there.toConnectData(avro, datum);

    Schema avroBack = back.fromConnectSchema(connect.schema());
    Object datumBack = back.fromConnectData(connect.schema(), connect.value());

    assertThat(avroBack.toString(true)).isEqualTo(avro.toString(true));
    assertThat(avroBack).isEqualTo(avro);
    assertThat(AvroSamples.encode(avroBack, datumBack)).isEqualTo(AvroSamples.encode(avro, datum));
  }
}
