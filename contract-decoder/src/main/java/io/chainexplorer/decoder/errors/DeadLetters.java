package io.chainexplorer.decoder.errors;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.schemas.deadletter.DeadLetterEnvelope;
import io.chainexplorer.schemas.topics.App;
import java.time.Instant;

/**
 * The decoder's side of the shared dead-letter envelope: its {@link DeadLetterReason} tag and app
 * id on a {@link DeadLetterEnvelope}, keyed by {@code sourceTopic:partition:offset}.
 */
public final class DeadLetters {

  private DeadLetters() {}

  /** The envelope of one rejected record. */
  public static DeadLetter envelope(
      SourceRecord source, DeadLetterReason reason, String detail, String errorClass, Instant at) {
    return DeadLetterEnvelope.of(
        App.CONTRACT_DECODER, shared(source), reason.tag(), detail, errorClass, at);
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
