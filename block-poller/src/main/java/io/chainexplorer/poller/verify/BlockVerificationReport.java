package io.chainexplorer.poller.verify;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of verifying one block: verified when no comparison failed. */
public record BlockVerificationReport(long blockNumber, List<Mismatch> mismatches) {

  public BlockVerificationReport {
    mismatches = List.copyOf(mismatches);
  }

  public boolean verified() {
    return mismatches.isEmpty();
  }

  /** The first failed check, the bounded reason of a failure. */
  public Check firstFailure() {
    return mismatches.isEmpty() ? null : mismatches.get(0).check();
  }

  /** One line for logs and provenance: the failed checks with what differed. */
  public String summary() {
    if (verified()) {
      return "block " + blockNumber + " verified";
    }
    return "block "
        + blockNumber
        + " failed verification: "
        + mismatches.stream().map(Mismatch::toString).collect(Collectors.joining("; "));
  }
}
