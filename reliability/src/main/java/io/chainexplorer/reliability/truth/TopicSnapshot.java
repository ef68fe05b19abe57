package io.chainexplorer.reliability.truth;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.DecodeOutcome;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.cli.verify.DerivedEntity;
import io.chainexplorer.reliability.kafka.WholeTopics;
import io.chainexplorer.reliability.truth.Retractions.TopicRecord;
import io.chainexplorer.schemas.registry.SchemaRegistryClient;
import io.chainexplorer.schemas.serde.KafkaAvroDeserializer;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;

/**
 * Reads whole topics as a {@code read_committed} consumer (no group, nothing committed) up to their
 * last stable offsets, and applies their retractions.
 */
public final class TopicSnapshot {

  private final String bootstrapServers;
  private final SchemaRegistryClient registry;

  public TopicSnapshot(String bootstrapServers, SchemaRegistryClient registry) {
    this.bootstrapServers = bootstrapServers;
    this.registry = registry;
  }

  /** The live raw blocks: the raw topic less the blocks the retraction topic names. */
  public List<Observed> rawBlocks(
      TopicSpec<Long, RawBlock> raw, TopicSpec<Long, BlockRetraction> retractions) {
    List<TopicRecord> records = new ArrayList<>();
    read(
        raw.name(),
        RawBlock.class,
        v -> records.add(new TopicRecord(AvroRecords.rawBlock((RawBlock) v), false)));
    // Retractions name blocks the poller published before it: applied after the whole raw topic.
    read(
        retractions.name(),
        BlockRetraction.class,
        v -> {
          BlockRetraction retraction = (BlockRetraction) v;
          long number = retraction.getBlockNumber();
          Observed gone =
              new Observed(
                  AvroRecords.RAW_BLOCK,
                  Long.toString(number),
                  number,
                  retraction.getBlockHash(),
                  "");
          records.add(new TopicRecord(gone, true));
        });
    return Retractions.apply(records);
  }

  /** The live records of one derived-entity topic, retractions applied in offset order. */
  public List<Observed> derived(DerivedEntity entity, TopicSpec<?, ?> topic) {
    return live(topic, record -> AvroRecords.derived(entity, record));
  }

  /** The live internal transactions, retractions applied in offset order. */
  public List<Observed> internalTransactions(TopicSpec<?, ?> topic) {
    return live(topic, InternalFrames::of);
  }

  /**
   * The live decoded calls and events, retractions applied in offset order; the outcome records of
   * calls and logs the decoder could not decode are not decoded records and are left out.
   */
  public List<Observed> decoded(TopicCatalogue catalogue) {
    List<Observed> decoded =
        new ArrayList<>(
            live(
                catalogue.decodedCalls(),
                record -> {
                  DecodedCall call = (DecodedCall) record;
                  return call.getOutcome() == DecodeOutcome.DECODED
                      ? DecodedRecord.of(call).inTopic()
                      : null;
                }));
    decoded.addAll(
        live(
            catalogue.decodedEvents(),
            record -> {
              DecodedEvent event = (DecodedEvent) record;
              return event.getOutcome() == DecodeOutcome.DECODED
                  ? DecodedRecord.of(event).inTopic()
                  : null;
            }));
    return decoded;
  }

  private List<Observed> live(TopicSpec<?, ?> topic, Function<GenericRecord, Observed> observed) {
    List<TopicRecord> records = new ArrayList<>();
    read(
        topic.name(),
        topic.valueType().asSubclass(SpecificRecord.class),
        v -> {
          GenericRecord record = (GenericRecord) v;
          Observed seen = observed.apply(record);
          if (seen != null) {
            records.add(new TopicRecord(seen, AvroRecords.retracted(record)));
          }
        });
    return Retractions.apply(records);
  }

  private void read(String topic, Class<? extends SpecificRecord> type, Consumer<Object> sink) {
    // Not closed: closing it would close the registry client this snapshot shares.
    KafkaAvroDeserializer values = new KafkaAvroDeserializer(registry, type);
    try (WholeTopics topics = new WholeTopics(bootstrapServers, true)) {
      topics.read(
          topic,
          record -> {
            if (record.value() != null) {
              sink.accept(
                  values.deserialize(
                      record.topic(), record.partition(), record.offset(), record.value()));
            }
          });
    }
  }
}
