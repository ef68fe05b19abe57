package io.chainexplorer.enricher.errors;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * Builds the one dead-letter envelope of the enricher: source coordinates, raw key and value bytes
 * as read, reason and error class; keyed by {@code sourceTopic:partition:offset}.
 */
public final class DeadLetters {

  private final App app;

  public DeadLetters(App app) {
    this.app = app;
  }

  /** The envelope of one rejected record. */
  public DeadLetter envelope(SourceRecord source, Rejection rejection, Instant failedAt) {
    return DeadLetter.newBuilder()
        .setApp(app.id())
        .setSourceTopic(source.topic())
        .setPartition(source.partition())
        .setOffset(source.offset())
        .setKey(wrap(source.key()))
        .setValue(wrap(source.value()))
        .setReason(rejection.reason().tag() + ": " + rejection.detail())
        .setErrorClass(rejection.errorClass())
        .setFailedAt(failedAt)
        .build();
  }

  /** The key of the envelope on the dead-letter topic. */
  public static String key(SourceRecord source) {
    return TopicKeys.deadLetter(source.topic(), source.partition(), source.offset());
  }

  private static ByteBuffer wrap(byte[] bytes) {
    return bytes == null ? null : ByteBuffer.wrap(bytes.clone());
  }
}
