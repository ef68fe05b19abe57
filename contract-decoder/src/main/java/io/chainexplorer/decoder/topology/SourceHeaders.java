package io.chainexplorer.decoder.topology;

import io.chainexplorer.schemas.deadletter.SourceRecord;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Carries an input's kind and original coordinates and key through the by-contract repartition
 * topics as record headers, so a dead letter written after the repartition names the record a user
 * can replay, not the internal copy.
 */
final class SourceHeaders {

  static final String KIND = "chainexplorer.source.kind";
  static final String TOPIC = "chainexplorer.source.topic";
  static final String PARTITION = "chainexplorer.source.partition";
  static final String OFFSET = "chainexplorer.source.offset";
  static final String KEY = "chainexplorer.source.key";

  private SourceHeaders() {}

  /** The headers of a record read from {@code source} as {@code kind}. */
  static Headers of(InputKind kind, SourceRecord source) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(KIND, utf8(kind.name()));
    headers.add(TOPIC, utf8(source.topic()));
    headers.add(PARTITION, ByteBuffer.allocate(4).putInt(source.partition()).array());
    headers.add(OFFSET, ByteBuffer.allocate(8).putLong(source.offset()).array());
    if (source.key() != null) {
      headers.add(KEY, source.key());
    }
    return headers;
  }

  /** The kind these headers carry; null when they carry none. */
  static InputKind kind(Headers headers) {
    Header header = headers.lastHeader(KIND);
    return header == null
        ? null
        : InputKind.valueOf(new String(header.value(), StandardCharsets.UTF_8));
  }

  /** The original source of a repartitioned record whose bytes are {@code value}. */
  static SourceRecord source(Headers headers, byte[] value) {
    Header key = headers.lastHeader(KEY);
    return new SourceRecord(
        new String(headers.lastHeader(TOPIC).value(), StandardCharsets.UTF_8),
        ByteBuffer.wrap(headers.lastHeader(PARTITION).value()).getInt(),
        ByteBuffer.wrap(headers.lastHeader(OFFSET).value()).getLong(),
        key == null ? null : key.value(),
        value);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
