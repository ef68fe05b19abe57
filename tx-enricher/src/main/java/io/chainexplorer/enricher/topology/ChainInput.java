package io.chainexplorer.enricher.topology;

/**
 * One input record of the live branch, still as bytes, tagged with the topic it came from so that
 * one processor sees raw blocks and retractions in a single, timestamp-ordered stream.
 */
record ChainInput(Kind kind, byte[] value) {

  enum Kind {
    RAW_BLOCK,
    RETRACTION
  }

  static ChainInput rawBlock(byte[] value) {
    return new ChainInput(Kind.RAW_BLOCK, value);
  }

  static ChainInput retraction(byte[] value) {
    return new ChainInput(Kind.RETRACTION, value);
  }
}
