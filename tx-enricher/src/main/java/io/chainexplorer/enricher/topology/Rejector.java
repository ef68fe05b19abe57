package io.chainexplorer.enricher.topology;

import io.chainexplorer.enricher.errors.DeadLetterMetrics;
import io.chainexplorer.enricher.errors.Rejection;
import io.chainexplorer.schemas.deadletter.DeadLetterEnvelope;
import io.chainexplorer.schemas.deadletter.SourceRecord;
import io.chainexplorer.schemas.topics.App;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a rejected input record into its dead-letter event, counting and logging it. */
final class Rejector {

  private static final Logger LOG = LoggerFactory.getLogger(Rejector.class);

  private final DeadLetterMetrics metrics;

  Rejector(DeadLetterMetrics metrics) {
    this.metrics = metrics;
  }

  /** The event of a record read at {@code source} and rejected for {@code rejection}. */
  EnricherEvent.Rejected reject(
      RecordMetadata source, byte[] key, byte[] value, Rejection rejection, long nowMs) {
    SourceRecord read =
        new SourceRecord(source.topic(), source.partition(), source.offset(), key, value);
    metrics.record(rejection.reason());
    LOG.warn(
        "dead-lettered {}-{}@{}: {} ({})",
        read.topic(),
        read.partition(),
        read.offset(),
        rejection.reason().tag(),
        rejection.errorClass());
    return new EnricherEvent.Rejected(
        DeadLetterEnvelope.key(read),
        DeadLetterEnvelope.of(
            App.TX_ENRICHER,
            read,
            rejection.reason(),
            rejection.detail(),
            rejection.errorClass(),
            Instant.ofEpochMilli(nowMs)));
  }

  /** Forwards the dead-letter event of {@code record} through {@code context}. */
  static <V> Record<Long, EnricherEvent> asRecord(
      Record<byte[], V> record, EnricherEvent.Rejected rejected) {
    return new Record<Long, EnricherEvent>(null, rejected, record.timestamp());
  }
}
