package io.chainexplorer.batch.bench;

/** Records written per entity. */
public record Counts(long blocks, long transactions, long logs, long transfers, long contracts) {

  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

  /** These counts plus {@code block}'s records. */
  public Counts plus(GeneratedBlock block) {
    return new Counts(
        blocks + 1,
        transactions + block.transactions().size(),
        logs + block.logs().size(),
        transfers + block.tokenTransfers().size(),
        contracts + block.contracts().size());
  }

  /** These counts plus {@code other}. */
  public Counts plus(Counts other) {
    return new Counts(
        blocks + other.blocks,
        transactions + other.transactions,
        logs + other.logs,
        transfers + other.transfers,
        contracts + other.contracts);
  }

  /** All records. */
  public long total() {
    return blocks + transactions + logs + transfers + contracts;
  }
}
