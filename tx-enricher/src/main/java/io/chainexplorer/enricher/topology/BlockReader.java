package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.enricher.errors.Rejection;
import io.chainexplorer.enricher.mapping.BlockSplitter;
import io.chainexplorer.enricher.mapping.InvalidBlock;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.enricher.mapping.SplitOutcome;
import io.chainexplorer.platform.config.ChainIdGuard;
import io.chainexplorer.schemas.deadletter.DeadLetterReason;
import io.chainexplorer.schemas.deadletter.TransientFailures;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads raw blocks and retractions from their bytes and splits raw blocks, turning every failure of
 * the record itself into a {@link Rejection}; transient failures (registry down) propagate.
 */
final class BlockReader {

  private static final String UNEXPECTED_SHAPE = "unexpected field shape";

  private final Deserializer<RawBlock> rawBlocks;
  private final Deserializer<BlockRetraction> retractions;
  private final ChainIdGuard chainIds;

  BlockReader(
      Deserializer<RawBlock> rawBlocks,
      Deserializer<BlockRetraction> retractions,
      ChainIdGuard chainIds) {
    this.rawBlocks = rawBlocks;
    this.retractions = retractions;
    this.chainIds = chainIds;
  }

  /**
   * The raw block, or its rejection.
   *
   * @throws io.chainexplorer.platform.config.ForeignChainException when it is of another chain than
   *     the namespace's: fatal
   */
  Read<RawBlock> rawBlock(String topic, byte[] value) {
    Read<RawBlock> read = decode(rawBlocks, topic, value);
    if (read instanceof Read.Ok<RawBlock> ok) {
      RawBlock block = ok.value();
      chainIds.check(
          "raw block " + block.getBlockNumber(), topic, block.getProvenance().getChainId());
    }
    return read;
  }

  Read<BlockRetraction> retraction(String topic, byte[] value) {
    return decode(retractions, topic, value);
  }

  /** The block's entities; an invalid block or a field of unexpected shape is rejected. */
  Read<SplitBlock> split(RawBlock raw) {
    SplitOutcome outcome;
    try {
      outcome = BlockSplitter.split(raw);
    } catch (RuntimeException e) {
      rethrowTransient(e);
      return new Read.Failed<>(
          Rejection.of(
              DeadLetterReason.INVALID_FIELD,
              "block " + raw.getBlockNumber() + ": " + describe(e),
              e.getClass()));
    }
    if (outcome instanceof InvalidBlock invalid) {
      return new Read.Failed<>(
          Rejection.of(reasonOf(invalid), invalid.reason(), InvalidBlock.class));
    }
    return new Read.Ok<>((SplitBlock) outcome);
  }

  private static DeadLetterReason reasonOf(InvalidBlock invalid) {
    // The splitter reports a field shape it could not map (instead of throwing) with this phrase.
    return invalid.reason().contains(UNEXPECTED_SHAPE)
        ? DeadLetterReason.INVALID_FIELD
        : DeadLetterReason.INVALID_BLOCK;
  }

  private static <T> Read<T> decode(Deserializer<T> deserializer, String topic, byte[] value) {
    if (value == null) {
      return new Read.Failed<>(
          Rejection.of(
              DeadLetterReason.UNDESERIALIZABLE, "record without a value", BlockReader.class));
    }
    try {
      T decoded = deserializer.deserialize(topic, value);
      return new Read.Ok<>(decoded);
    } catch (RuntimeException e) {
      rethrowTransient(e);
      return new Read.Failed<>(Rejection.of(DeadLetterReason.UNDESERIALIZABLE, e));
    }
  }

  private static void rethrowTransient(RuntimeException e) {
    if (TransientFailures.isTransient(e)) {
      throw e;
    }
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
