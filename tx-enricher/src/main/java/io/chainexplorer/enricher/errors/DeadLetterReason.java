package io.chainexplorer.enricher.errors;

/** Why a record went to the dead-letter topic; its tag is the dead-letter counter's reason. */
public enum DeadLetterReason {
  /** The bytes are not a frame of the topic's schema (bad magic byte, unknown id, corrupt). */
  UNDESERIALIZABLE("undeserializable"),
  /** A well-formed raw block that fails the checks the split relies on. */
  INVALID_BLOCK("invalid-block"),
  /** A field holds a shape the mapping does not expect (null where required, bad hex...). */
  UNEXPECTED_SHAPE("unexpected-shape");

  private final String tag;

  DeadLetterReason(String tag) {
    this.tag = tag;
  }

  /** The bounded metric tag value, e.g. {@code invalid-block}. */
  public String tag() {
    return tag;
  }
}
