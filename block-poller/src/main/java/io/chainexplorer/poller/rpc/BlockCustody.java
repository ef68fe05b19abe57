package io.chainexplorer.poller.rpc;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.VerificationResult;
import io.chainexplorer.avro.VerificationStatus;
import io.chainexplorer.poller.verify.BlockVerificationReport;
import io.chainexplorer.poller.verify.BlockVerifier;
import io.chainexplorer.poller.verify.VerificationPolicy;
import java.util.Collection;
import java.util.Optional;

/**
 * Verifies a freshly mapped block where the policy says so and records the result in its
 * provenance: {@code VERIFIED}, or {@code NOT_APPLICABLE} with the reason; a block that fails is
 * answered with its report and must not be published.
 */
final class BlockCustody {

  private final BlockVerifier verifier = new BlockVerifier();
  private final VerificationPolicy policy;
  private final FetchMetrics metrics;

  BlockCustody(VerificationPolicy policy, FetchMetrics metrics) {
    this.policy = policy;
    this.metrics = metrics;
  }

  /**
   * Empty when {@code block} may be published (its provenance then says why), else the failed
   * report.
   *
   * @param suspects aliases whose earlier fetches of this block failed, recorded in the detail
   */
  Optional<BlockVerificationReport> check(RawBlock block, Collection<String> suspects) {
    Optional<String> exemption = policy.exemption(block.getBlockNumber());
    if (exemption.isPresent()) {
      record(block, VerificationStatus.NOT_APPLICABLE, exemption.get());
      metrics.verification("not_applicable", "none");
      return Optional.empty();
    }
    BlockVerificationReport report = verifier.verify(block);
    if (!report.verified()) {
      metrics.verification("mismatch", report.firstFailure().tag());
      return Optional.of(report);
    }
    String detail =
        suspects.isEmpty()
            ? null
            : "verified after fetches from " + String.join(", ", suspects) + " failed verification";
    record(block, VerificationStatus.VERIFIED, detail);
    metrics.verification("verified", "none");
    return Optional.empty();
  }

  int attempts() {
    return policy.attempts();
  }

  /** The provenance was built for this fetch alone, so it is completed in place. */
  private static void record(RawBlock block, VerificationStatus status, String detail) {
    block
        .getProvenance()
        .put(
            "verification",
            VerificationResult.newBuilder().setStatus(status).setDetail(detail).build());
  }
}
