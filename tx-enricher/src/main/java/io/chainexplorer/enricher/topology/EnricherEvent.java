package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.enricher.metrics.BlockStats;

/** What the block processors emit; branches of the topology route each kind to its topics. */
sealed interface EnricherEvent {

  /** Entities to publish: those of a new block, or the retracted copies of an orphaned one. */
  record Entities(SplitBlock split) implements EnricherEvent {}

  /** The per-block figures now at a height; {@code stats} null when the height has none left. */
  record StatsChange(BlockStats stats) implements EnricherEvent {}

  /** A record that could not be processed, as its dead-letter envelope and key. */
  record Rejected(String key, DeadLetter letter) implements EnricherEvent {}
}
