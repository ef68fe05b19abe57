package io.chainexplorer.decoder.topology;

/** The two inputs of the decoder, told apart after their merge by a record header. */
enum InputKind {
  TRANSACTION,
  LOG
}
