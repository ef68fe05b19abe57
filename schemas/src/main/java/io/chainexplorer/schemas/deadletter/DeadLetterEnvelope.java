package io.chainexplorer.schemas.deadletter;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * Builds the one dead-letter envelope of every stage: app, source coordinates, raw key and value
 * bytes as read (copied), {@code tag: detail} reason and error class; keyed by {@code
 * sourceTopic:partition:offset}.
 */
public final class DeadLetterEnvelope {

  private DeadLetterEnvelope() {}

  /** The envelope of one rejected record. */
  public static DeadLetter of(
      App app,
      SourceRecord source,
      DeadLetterReason reason,
      String detail,
      String errorClass,
      Instant failedAt) {
    return DeadLetter.newBuilder()
        .setApp(app.id())
        .setSourceTopic(source.topic())
        .setPartition(source.partition())
        .setOffset(source.offset())
        .setKey(wrap(source.key()))
        .setValue(wrap(source.value()))
        .setReason(reason.tag() + ": " + detail)
        .setErrorClass(errorClass)
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
