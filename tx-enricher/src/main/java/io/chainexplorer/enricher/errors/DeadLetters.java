package io.chainexplorer.enricher.errors;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.schemas.deadletter.DeadLetterEnvelope;
import io.chainexplorer.schemas.topics.App;
import java.time.Instant;

/**
 * The enricher's side of the shared dead-letter envelope: turns a {@link Rejection} of a {@link
 * SourceRecord} into a {@link DeadLetterEnvelope}, keyed by {@code sourceTopic:partition:offset}.
 */
public final class DeadLetters {

  private final App app;

  public DeadLetters(App app) {
    this.app = app;
  }

  /** The envelope of one rejected record. */
  public DeadLetter envelope(SourceRecord source, Rejection rejection, Instant failedAt) {
    return DeadLetterEnvelope.of(
        app,
        shared(source),
        rejection.reason().tag(),
        rejection.detail(),
        rejection.errorClass(),
        failedAt);
  }

  /** The key of the envelope on the dead-letter topic. */
  public static String key(SourceRecord source) {
    return DeadLetterEnvelope.key(shared(source));
  }

  private static io.chainexplorer.schemas.deadletter.SourceRecord shared(SourceRecord source) {
    return new io.chainexplorer.schemas.deadletter.SourceRecord(
        source.topic(), source.partition(), source.offset(), source.key(), source.value());
  }
}
