package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.decoder.errors.DecoderMetrics;
import io.chainexplorer.platform.config.ChainIdGuard;
import io.chainexplorer.schemas.deadletter.DeadLetterEnvelope;
import io.chainexplorer.schemas.deadletter.DeadLetterReason;
import io.chainexplorer.schemas.deadletter.SourceRecord;
import io.chainexplorer.schemas.deadletter.TransientFailures;
import io.chainexplorer.schemas.topics.App;
import java.time.Clock;
import java.util.Locale;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads one input topic as bytes and re-keys each record by the contract it concerns (a
 * transaction's recipient, a log's emitter), keeping its bytes and source coordinates; native
 * transfers and contract creations produce nothing but a skipped outcome; unreadable records become
 * dead letters.
 */
final class ReadProcessor implements Processor<byte[], byte[], String, Routed> {

  private final InputKind kind;
  private final Deserializer<?> deserializer;
  private final DecoderMetrics metrics;
  private final Clock clock;
  private final ChainIdGuard chainIds;
  private ProcessorContext<String, Routed> context;

  ReadProcessor(
      InputKind kind,
      Deserializer<?> deserializer,
      DecoderMetrics metrics,
      Clock clock,
      ChainIdGuard chainIds) {
    this.kind = kind;
    this.deserializer = deserializer;
    this.metrics = metrics;
    this.clock = clock;
    this.chainIds = chainIds;
  }

  @Override
  public void init(ProcessorContext<String, Routed> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    RecordMetadata metadata = context.recordMetadata().orElseThrow();
    SourceRecord source =
        new SourceRecord(
            metadata.topic(),
            metadata.partition(),
            metadata.offset(),
            record.key(),
            record.value());
    Object value;
    String contract;
    try {
      value = deserializer.deserialize(metadata.topic(), record.value());
      contract = contract(value);
    } catch (RuntimeException e) {
      if (TransientFailures.isTransient(e)) {
        throw e; // the registry or the broker will be back: the app retries, no dead letter
      }
      // a poison record is data, not a crash: it goes to the dead-letter topic with its bytes
      reject(record, source, e);
      return;
    }
    // Outside the catch: a transaction signed for another chain (EIP-155; legacy ones carry no
    // chain id) is a deployment error, not a dead letter.
    if (value instanceof Transaction transaction && transaction.getChainId() != null) {
      chainIds.check(
          "transaction " + transaction.getHash(), metadata.topic(), transaction.getChainId());
    }
    if (contract == null) {
      metrics.outcome(kind.decodes(), DecoderMetrics.Outcome.SKIPPED, null);
    } else {
      context.forward(
          new Record<>(
              contract.toLowerCase(Locale.ROOT),
              (Routed) new Routed.Raw(record.value()),
              record.timestamp(),
              SourceHeaders.of(kind, source)));
    }
  }

  private static String contract(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("tombstone on an event topic");
    }
    if (value instanceof Transaction transaction) {
      String input = transaction.getInput();
      boolean call = transaction.getTo() != null && input != null && input.length() > 2;
      return call ? transaction.getTo() : null;
    }
    return ((Log) value).getAddress();
  }

  private void reject(Record<byte[], byte[]> record, SourceRecord source, RuntimeException error) {
    String detail =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    metrics.outcome(kind.decodes(), DecoderMetrics.Outcome.POISON, null);
    metrics.deadLetter(DeadLetterReason.UNDESERIALIZABLE);
    context.forward(
        new Record<>(
            DeadLetterEnvelope.key(source),
            (Routed)
                new Routed.Dead(
                    DeadLetterEnvelope.of(
                        App.CONTRACT_DECODER,
                        source,
                        DeadLetterReason.UNDESERIALIZABLE,
                        detail,
                        error.getClass().getName(),
                        clock.instant())),
            record.timestamp()));
  }
}
