package io.chainexplorer.decoder.topology;

import io.chainexplorer.decoder.errors.DecoderMetrics;

/** The two inputs of the decoder, told apart after their merge by a record header. */
enum InputKind {
  TRANSACTION(DecoderMetrics.Kind.CALL),
  LOG(DecoderMetrics.Kind.EVENT);

  private final DecoderMetrics.Kind decodes;

  InputKind(DecoderMetrics.Kind decodes) {
    this.decodes = decodes;
  }

  /** What an input of this kind decodes to, the {@code kind} tag of its outcome. */
  DecoderMetrics.Kind decodes() {
    return decodes;
  }
}
