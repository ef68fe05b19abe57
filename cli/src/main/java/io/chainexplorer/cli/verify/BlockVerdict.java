package io.chainexplorer.cli.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outcome of checking one block of the range against the cold store. */
public sealed interface BlockVerdict {

  long blockNumber();

  /** The re-derived content and the stored one have the same hash. */
  record Match(long blockNumber, String hash) implements BlockVerdict {}

  /** The stored content differs; {@code differences} names each differing entity and key. */
  record Mismatch(long blockNumber, String hash, String storedHash, List<EntityDiff> differences)
      implements BlockVerdict {

    public Mismatch {
      differences = List.copyOf(differences);
    }
  }

  /** The cold store holds no record at all of the block. */
  record Missing(long blockNumber, String hash) implements BlockVerdict {}

  /** The block could not be re-derived (the node lacks it, or it is not a valid block). */
  record Unavailable(long blockNumber, String reason) implements BlockVerdict {}

  /** Compares a block's re-derived content with what the cold store holds of it. */
  static BlockVerdict compare(BlockContent fresh, BlockContent stored) {
    String hash = fresh.hash();
    if (stored.isEmpty()) {
      return new Missing(fresh.blockNumber(), hash);
    }
    String storedHash = stored.hash();
    if (hash.equals(storedHash)) {
      return new Match(fresh.blockNumber(), hash);
    }
    List<EntityDiff> differences = new ArrayList<>();
    for (DerivedEntity entity : DerivedEntity.values()) {
      Optional<EntityDiff> diff =
          EntityDiff.between(entity, fresh.records(entity), stored.records(entity));
      diff.ifPresent(differences::add);
    }
    return new Mismatch(fresh.blockNumber(), hash, storedHash, differences);
  }
}
