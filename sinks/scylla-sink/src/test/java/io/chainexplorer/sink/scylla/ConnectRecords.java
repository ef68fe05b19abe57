package io.chainexplorer.sink.scylla;

import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.serde.KafkaAvroSerializer;
import io.chainexplorer.sink.converter.AvroConverter;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.sink.SinkRecord;

/** Sink records as a worker hands them to the task: serialized, then read by the AvroConverter. */
public final class ConnectRecords {

  private static final Map<String, String> REGISTRY =
      Map.of(SchemaRegistryClientConfig.URL, "mock://connect-records");

  private ConnectRecords() {}

  /** The record of {@code value} under {@code key} at {@code offset} of partition 0. */
  public static SinkRecord of(SpecificRecord value, String key, long offset) {
    String topic = "scylla-test-" + value.getSchema().getName();
    byte[] frame;
    try (KafkaAvroSerializer serializer = new KafkaAvroSerializer()) {
      serializer.configure(REGISTRY, false);
      frame = serializer.serialize(topic, value);
    }
    AvroConverter converter = new AvroConverter();
    converter.configure(REGISTRY, false);
    SchemaAndValue connect = converter.toConnectData(topic, frame);
    return new SinkRecord(topic, 0, null, key, connect.schema(), connect.value(), offset);
  }
}
