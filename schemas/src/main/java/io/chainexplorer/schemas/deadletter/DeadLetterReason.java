package io.chainexplorer.schemas.deadletter;

/**
 * Why a stage sent a record to its dead-letter topic; the tag prefixes the envelope's reason and is
 * the dead-letter counter's bounded {@code reason} tag. Each app uses the subset that applies.
 */
public enum DeadLetterReason {
  /** The bytes are not a frame of the topic's schema (bad magic byte, unknown id, corrupt). */
  UNDESERIALIZABLE("undeserializable"),
  /** A field holds a value the stage cannot use though the schema admits it (bad hex, null). */
  INVALID_FIELD("invalid-field"),
  /** A well-formed raw block that fails the checks the enricher's split relies on. */
  INVALID_BLOCK("invalid-block"),
  /**
   * No ABI source knows the selector or the event's (topic0, topic count). Envelopes written before
   * the decoder published these as outcome records on its decoded topics carry it.
   */
  UNKNOWN_SELECTOR("unknown-selector"),
  /**
   * An ABI knows the selector or event but the data does not decode by it. Envelopes written before
   * the decoder published these as outcome records on its decoded topics carry it.
   */
  MALFORMED("malformed");

  private final String tag;

  DeadLetterReason(String tag) {
    this.tag = tag;
  }

  /** The bounded tag, e.g. {@code invalid-block}. */
  public String tag() {
    return tag;
  }
}
