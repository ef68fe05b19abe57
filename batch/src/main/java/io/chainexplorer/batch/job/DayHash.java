package io.chainexplorer.batch.job;

/**
 * The content of one view on one day: its rows and the SHA-256 of their canonical JSON lines in key
 * order, each line followed by '\n'; equal inputs give equal hashes.
 */
public record DayHash(String view, String date, long rows, String sha256) {

  /** The line printed and written to {@code _content_hashes.tsv}. */
  public String line() {
    return view + "\t" + date + "\t" + rows + "\t" + sha256;
  }
}
