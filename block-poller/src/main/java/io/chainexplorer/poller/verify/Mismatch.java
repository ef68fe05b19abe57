package io.chainexplorer.poller.verify;

/** One failed comparison: the check and what differed (hashes and positions, never payloads). */
public record Mismatch(Check check, String detail) {

  @Override
  public String toString() {
    return check.tag() + ": " + detail;
  }
}
