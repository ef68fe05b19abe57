package io.chainexplorer.schemas.serde;

import io.chainexplorer.schemas.registry.SchemaRegistryClient;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.registry.SchemaRegistryClients;
import io.chainexplorer.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes generic or specific Avro records as Confluent wire-format frames, registering or looking
 * up the schema under {@code <topic>-value} (or {@code -key}). Once a schema's id is known, a
 * record costs one Avro encoding and one array copy.
 */
public class KafkaAvroSerializer implements Serializer<Object> {

  private static final ThreadLocal<FrameEncoder> ENCODERS =
      ThreadLocal.withInitial(FrameEncoder::new);

  private final Map<String, Map<Schema, WriterState>> states = new ConcurrentHashMap<>();
  private SchemaRegistryClient client;
  private boolean isKey;
  private boolean autoRegister = true;
  private boolean useLatestVersion;
  private volatile WriterState last;

  /** For Kafka's reflective construction; {@link #configure} builds the registry client. */
  public KafkaAvroSerializer() {}

  /** Uses {@code client} instead of building one from the config's URL. */
  public KafkaAvroSerializer(SchemaRegistryClient client) {
    this.client = client;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    SchemaRegistryClientConfig config = new SchemaRegistryClientConfig(configs);
    if (client == null) {
      client = SchemaRegistryClients.create(config);
    }
    this.isKey = isKey;
    this.autoRegister = config.autoRegisterSchemas();
    this.useLatestVersion = config.useLatestVersion();
  }

  @Override
  public byte[] serialize(String topic, Object data) {
    if (data == null) {
      return null;
    }
    if (!(data instanceof GenericContainer)) {
      throw new SerializationException(
          String.format(
              "Cannot serialize a %s for topic '%s': expected an Avro record, enum or fixed",
              data.getClass().getName(), topic));
    }
    Schema schema = ((GenericContainer) data).getSchema();
    WriterState state = last;
    if (state == null || state.recordSchema != schema || !state.topic.equals(topic)) {
      state = states.computeIfAbsent(topic, t -> new ConcurrentHashMap<>()).get(schema);
      if (state == null) {
        state = resolve(topic, schema);
        states.get(topic).put(schema, state);
      }
      last = state;
    }
    try {
      return ENCODERS.get().encode(state.id, state.writerFor(data), data);
    } catch (IOException | AvroRuntimeException | ClassCastException e) {
      throw new SerializationException(
          String.format(
              "Cannot serialize %s with schema id %d for topic '%s': %s",
              schema.getFullName(), state.id, topic, e.getMessage()),
          e);
    }
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
  }

  private WriterState resolve(String topic, Schema recordSchema) {
    String subject = Subjects.subject(topic, isKey);
    try {
      if (useLatestVersion) {
        var latest = client.latest(subject);
        return new WriterState(topic, recordSchema, latest.id(), latest.schema());
      }
      int id =
          autoRegister
              ? client.register(subject, recordSchema)
              : client.lookupId(subject, recordSchema);
      return new WriterState(topic, recordSchema, id, recordSchema);
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          String.format(
              "Cannot %s schema %s under subject '%s' for topic '%s': %s",
              useLatestVersion ? "fetch the latest" : autoRegister ? "register" : "look up",
              recordSchema.getFullName(),
              subject,
              topic,
              e.getMessage()),
          e);
    }
  }

  /** A schema's id on one topic and the writers for its generic and specific records. */
  private static final class WriterState {
    final String topic;
    final Schema recordSchema;
    final int id;
    final DatumWriter<Object> specificWriter;
    final DatumWriter<Object> genericWriter;

    WriterState(String topic, Schema recordSchema, int id, Schema writerSchema) {
      this.topic = topic;
      this.recordSchema = recordSchema;
      this.id = id;
      this.specificWriter = CheckedDatumWriters.specific(writerSchema);
      this.genericWriter = CheckedDatumWriters.generic(writerSchema);
    }

    DatumWriter<Object> writerFor(Object datum) {
      return datum instanceof SpecificRecord ? specificWriter : genericWriter;
    }
  }
}
