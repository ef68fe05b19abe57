package io.chainexplorer.schemas.serde;

import io.chainexplorer.schemas.registry.SchemaRegistryClient;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.registry.SchemaRegistryClients;
import io.chainexplorer.schemas.registry.SchemaRegistryException;
import io.chainexplorer.schemas.wire.FrameLocation;
import io.chainexplorer.schemas.wire.WireFormat;
import io.chainexplorer.schemas.wire.WireFormatException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire-format frames: resolves the writer schema by its id and reads into the
 * reader schema (the generated class's when reading specific records, else the writer's).
 */
public class KafkaAvroDeserializer implements Deserializer<Object> {

  private static final ThreadLocal<BoundedDecoder> DECODERS =
      ThreadLocal.withInitial(BoundedDecoder::new);

  private final Map<Integer, ReaderState> readers = new ConcurrentHashMap<>();
  private final Class<? extends SpecificRecord> specificType;
  private SchemaRegistryClient client;
  private boolean specific;
  private volatile ReaderState last;

  /** For Kafka's reflective construction; {@link #configure} builds the registry client. */
  public KafkaAvroDeserializer() {
    this(null, null);
  }

  /** Uses {@code client} instead of building one from the config's URL. */
  public KafkaAvroDeserializer(SchemaRegistryClient client) {
    this(client, null);
  }

  /** Reads every frame into {@code specificType}, whatever the writer's schema version. */
  public KafkaAvroDeserializer(
      SchemaRegistryClient client, Class<? extends SpecificRecord> specificType) {
    this.client = client;
    this.specificType = specificType;
    this.specific = specificType != null;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    SchemaRegistryClientConfig config = new SchemaRegistryClientConfig(configs);
    if (client == null) {
      client = SchemaRegistryClients.create(config);
    }
    specific = specificType != null || config.specificAvroReader();
  }

  @Override
  public Object deserialize(String topic, byte[] data) {
    return deserialize(FrameLocation.ofTopic(topic), data);
  }

  /** As {@link #deserialize(String, byte[])} for callers that know the record's coordinates. */
  public Object deserialize(String topic, int partition, long offset, byte[] data) {
    return deserialize(FrameLocation.of(topic, partition, offset), data);
  }

  private Object deserialize(FrameLocation location, byte[] data) {
    if (data == null) {
      return null;
    }
    int id;
    try {
      id = WireFormat.schemaId(data, location);
    } catch (WireFormatException e) {
      throw new SerializationException(e.getMessage(), e);
    }
    ReaderState state = last;
    if (state == null || state.id != id) {
      state = readers.get(id);
      if (state == null) {
        state = newReader(id, location);
        readers.put(id, state);
      }
      last = state;
    }
    BoundedDecoder decoder =
        DECODERS.get().reset(data, WireFormat.HEADER_SIZE, WireFormat.payloadLength(data));
    try {
      return state.reader.read(null, decoder);
    } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
      throw new SerializationException(
          String.format(
              "Cannot deserialize frame of %s with schema id %d (%s): %s",
              location.describe(), id, state.writer.getFullName(), e.getMessage()),
          e);
    }
  }

  @Override
  public void close() {
    if (client != null) {
      client.close();
    }
  }

  private ReaderState newReader(int id, FrameLocation location) {
    Schema writer;
    try {
      writer = client.getById(id);
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          String.format(
              "Cannot fetch writer schema id %d for frame of %s: %s",
              id, location.describe(), e.getMessage()),
          e);
    }
    if (!specific) {
      return new ReaderState(
          id, writer, new GenericDatumReader<>(writer, writer, GenericData.get()));
    }
    SpecificData model = SpecificData.getForSchema(writer);
    Class<?> type = specificType != null ? specificType : model.getClass(writer);
    if (type == null || !SpecificRecord.class.isAssignableFrom(type)) {
      throw new SerializationException(
          String.format(
              "No generated class for %s (schema id %d) in frame of %s; set %s=false to read"
                  + " generic records",
              writer.getFullName(),
              id,
              location.describe(),
              SchemaRegistryClientConfig.SPECIFIC_AVRO_READER));
    }
    SpecificData typeModel = SpecificData.getForClass(type);
    Schema reader = typeModel.getSchema(type);
    return new ReaderState(id, writer, new SpecificDatumReader<>(writer, reader, typeModel));
  }

  /** The reader of one writer schema id. */
  private record ReaderState(int id, Schema writer, DatumReader<Object> reader) {}
}
