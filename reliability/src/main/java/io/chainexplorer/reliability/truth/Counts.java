package io.chainexplorer.reliability.truth;

/**
 * How one store's records of one entity compare with the chain.
 *
 * @param expected records the canonical chain implies
 * @param observed records the store holds in the checked range
 * @param missing expected keys the store lacks (from the canonical block)
 * @param duplicated extra copies of a key from a canonical block
 * @param orphaned records from a block hash that is not canonical at their height
 * @param altered keys of a canonical block whose content differs from the chain's, or that the
 *     chain does not have at all
 */
public record Counts(
    long expected, long observed, long missing, long duplicated, long orphaned, long altered) {

  /** Whether the store holds exactly the chain's records. */
  public boolean clean() {
    return missing == 0 && duplicated == 0 && orphaned == 0 && altered == 0;
  }
}
