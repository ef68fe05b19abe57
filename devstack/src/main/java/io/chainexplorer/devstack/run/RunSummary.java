package io.chainexplorer.devstack.run;

/**
 * What the pipeline has done so far; a negative count means the store cannot answer yet.
 *
 * @param lag records the apps and connectors have not consumed yet
 */
public record RunSummary(
    long blocks, long transactions, long decodedCalls, long hotRows, long coldFiles, long lag) {

  /** The live one-line summary. */
  public String line() {
    return String.format(
        "blocks %d | transactions %d | decoded calls %d | hot rows %s | cold files %s | lag %d",
        blocks,
        transactions,
        decodedCalls,
        hotRows < 0 ? "-" : hotRows,
        coldFiles < 0 ? "-" : coldFiles,
        lag);
  }
}
