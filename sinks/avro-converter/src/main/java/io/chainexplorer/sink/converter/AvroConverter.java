package io.chainexplorer.sink.converter;

import io.chainexplorer.schemas.deadletter.TransientFailures;
import io.chainexplorer.schemas.registry.SchemaRegistryClient;
import io.chainexplorer.schemas.registry.SchemaRegistryClients;
import io.chainexplorer.schemas.registry.SchemaRegistryException;
import io.chainexplorer.schemas.serde.BoundedDecoder;
import io.chainexplorer.schemas.serde.Subjects;
import io.chainexplorer.schemas.wire.FrameLocation;
import io.chainexplorer.schemas.wire.WireFormat;
import io.chainexplorer.schemas.wire.WireFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.storage.Converter;

/**
 * Kafka Connect converter between Connect data and Avro in the Confluent wire format: writes under
 * the subject {@code <topic>-value} (or {@code -key}), reads by the frame's schema id, so that
 * connectors receive {@code Struct}s. Null values are tombstones both ways.
 */
public class AvroConverter implements Converter {

  private final Map<Integer, Reader> readers = new ConcurrentHashMap<>();
  private final Map<String, Map<org.apache.avro.Schema, Writer>> writers =
      new ConcurrentHashMap<>();
  private SchemaRegistryClient client;
  private boolean ownsClient;
  private AvroConnectData data;
  private boolean isKey;
  private boolean autoRegister = true;

  /** For Connect's reflective construction; {@link #configure} builds the registry client. */
  public AvroConverter() {}

  /** Uses {@code client} (left open on close) instead of building one from the config's URL. */
  public AvroConverter(SchemaRegistryClient client) {
    this.client = client;
  }

  @Override
  public ConfigDef config() {
    return AvroConverterConfig.CONFIG_DEF;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    AvroConverterConfig config = new AvroConverterConfig(configs);
    if (client == null) {
      client = SchemaRegistryClients.create(configs);
      ownsClient = true;
    }
    this.isKey = isKey;
    this.autoRegister = config.autoRegisterSchemas();
    this.data = new AvroConnectData(config.schemasCacheSize());
  }

  @Override
  public byte[] fromConnectData(String topic, Schema schema, Object value) {
    if (value == null) {
      return null;
    }
    org.apache.avro.Schema avroSchema;
    Object datum;
    try {
      avroSchema = data.fromConnectSchema(schema);
      datum = data.fromConnectData(schema, value);
    } catch (DataException e) {
      throw new DataException(
          String.format("Cannot convert Connect data for topic '%s': %s", topic, e.getMessage()),
          e);
    }
    Writer writer = writer(topic, avroSchema);
    return WireFormat.frame(writer.id, encode(topic, writer, datum));
  }

  @Override
  public SchemaAndValue toConnectData(String topic, byte[] value) {
    if (value == null) {
      return SchemaAndValue.NULL;
    }
    FrameLocation location = FrameLocation.ofTopic(topic);
    int id;
    try {
      id = WireFormat.schemaId(value, location);
    } catch (WireFormatException e) {
      throw new DataException(e.getMessage(), e);
    }
    Reader reader = readers.computeIfAbsent(id, unknown -> reader(unknown, location));
    Object datum;
    try {
      datum =
          reader.reader.read(
              null,
              new BoundedDecoder()
                  .reset(value, WireFormat.HEADER_SIZE, WireFormat.payloadLength(value)));
    } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
      throw new DataException(
          String.format(
              "Cannot read frame of %s with schema id %d (%s): %s",
              location.describe(), id, reader.writer.getFullName(), e.getMessage()),
          e);
    }
    try {
      return data.toConnectData(reader.writer, datum);
    } catch (DataException e) {
      throw new DataException(
          String.format(
              "Cannot convert frame of %s with schema id %d to Connect data: %s",
              location.describe(), id, e.getMessage()),
          e);
    }
  }

  @Override
  public void close() {
    if (ownsClient && client != null) {
      client.close();
    }
  }

  private Writer writer(String topic, org.apache.avro.Schema avroSchema) {
    Map<org.apache.avro.Schema, Writer> topicWriters =
        writers.computeIfAbsent(topic, unknown -> new ConcurrentHashMap<>());
    Writer known = topicWriters.get(avroSchema);
    if (known != null) {
      return known;
    }
    String subject = Subjects.subject(topic, isKey);
    int id;
    try {
      id =
          autoRegister
              ? client.register(subject, avroSchema)
              : client.lookupId(subject, avroSchema);
    } catch (SchemaRegistryException e) {
      throw registryFailure(
          String.format(
              "Cannot %s schema %s under subject '%s' for topic '%s': %s",
              autoRegister ? "register" : "look up",
              avroSchema.getFullName(),
              subject,
              topic,
              e.getMessage()),
          e);
    }
    Writer writer =
        new Writer(id, avroSchema, new GenericDatumWriter<>(avroSchema, GenericData.get()));
    topicWriters.put(avroSchema, writer);
    return writer;
  }

  private Reader reader(int id, FrameLocation location) {
    org.apache.avro.Schema writer;
    try {
      writer = client.getById(id);
    } catch (SchemaRegistryException e) {
      throw registryFailure(
          String.format(
              "Cannot fetch writer schema id %d for frame of %s: %s",
              id, location.describe(), e.getMessage()),
          e);
    }
    return new Reader(writer, new OrderedMapDatumReader(writer));
  }

  /**
   * A registry that is down or refuses our credentials is Connect's to retry ({@code
   * errors.retry.timeout=-1} retries without limit), never bad data for the dead-letter topic; an
   * unknown schema id or subject is bad data.
   */
  private static ConnectException registryFailure(String message, SchemaRegistryException e) {
    return TransientFailures.isTransient(e)
        ? new RetriableException(message, e)
        : new DataException(message, e);
  }

  private static byte[] encode(String topic, Writer writer, Object datum) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    try {
      String missing = MissingValues.firstIn(writer.schema, datum);
      if (missing != null) {
        throw new DataException(
            String.format(
                "Cannot write Avro with schema id %d for topic '%s': null value for"
                    + " (non-nullable) %s",
                writer.id, topic, missing));
      }
      writer.writer.write(datum, encoder);
      encoder.flush();
    } catch (IOException | AvroRuntimeException | ClassCastException e) {
      throw new DataException(
          String.format(
              "Cannot write Avro with schema id %d for topic '%s': %s", writer.id, topic, e),
          e);
    }
    return out.toByteArray();
  }

  /** The schema id of one Avro schema on one topic, the schema and its writer. */
  private record Writer(int id, org.apache.avro.Schema schema, DatumWriter<Object> writer) {}

  /**
   * Reads Avro maps in wire order, so that writing a converted record back gives the same bytes
   * (the stock model's HashMap would reorder entries).
   */
  private static final class OrderedMapDatumReader extends GenericDatumReader<Object> {

    private static final GenericData ORDERED_MAPS =
        new GenericData() {
          @Override
          public Object newMap(Object old, int size) {
            return new LinkedHashMap<>(Math.max(16, size * 2));
          }
        };

    OrderedMapDatumReader(org.apache.avro.Schema writer) {
      super(writer, writer, ORDERED_MAPS);
    }
  }

  /** The writer schema of one schema id and its reader. */
  private record Reader(org.apache.avro.Schema writer, DatumReader<Object> reader) {}
}
