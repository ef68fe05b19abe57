package io.chainexplorer.decoder.errors;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * Builds the decoder's dead-letter envelope: source coordinates, raw key and value bytes as read,
 * {@code tag: detail} reason and error class; keyed by {@code sourceTopic:partition:offset}.
 */
public final class DeadLetters {

  private DeadLetters() {}

  /** The envelope of one rejected record. */
  public static DeadLetter envelope(
      SourceRecord source, DeadLetterReason reason, String detail, String errorClass, Instant at) {
    return DeadLetter.newBuilder()
        .setApp(App.CONTRACT_DECODER.id())
        .setSourceTopic(source.topic())
        .setPartition(source.partition())
        .setOffset(source.offset())
        .setKey(wrap(source.key()))
        .setValue(wrap(source.value()))
        .setReason(reason.tag() + ": " + detail)
        .setErrorClass(errorClass)
        .setFailedAt(at)
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
