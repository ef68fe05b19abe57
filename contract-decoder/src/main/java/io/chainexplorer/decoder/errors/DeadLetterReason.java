package io.chainexplorer.decoder.errors;

/** Why the decoder gave up on an input record; the tag prefixes the envelope's reason. */
public enum DeadLetterReason {
  /** The bytes are not a frame of the topic's Avro record. */
  UNREADABLE("unreadable"),
  /** A field the decoder needs is not what the schema documents (hex, address). */
  INVALID_FIELD("invalid-field"),
  /** No ABI source knows the selector or the event's (topic0, topic count). */
  UNKNOWN_SELECTOR("unknown-selector"),
  /** An ABI knows the selector or event but the data does not decode by it. */
  MALFORMED("malformed");

  private final String tag;

  DeadLetterReason(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }
}
