package io.chainexplorer.poller.verify;

import java.util.List;
import java.util.Optional;

/**
 * Where verification applies: every block ({@code full}), none ({@code off}, for chains whose
 * headers follow another format, such as some L2s), or every block outside declared ranges; and how
 * many fetches from distinct keys a block gets before its chain stops.
 *
 * @param enabled false when the mode is {@code off}
 * @param skipRanges inclusive block ranges where verification does not apply
 * @param attempts fetches of a block that fails verification, each from a key not yet tried
 */
public record VerificationPolicy(boolean enabled, List<BlockRange> skipRanges, int attempts) {

  /** Default fetches of a block that fails verification. */
  public static final int DEFAULT_ATTEMPTS = 3;

  public VerificationPolicy {
    skipRanges = List.copyOf(skipRanges);
    if (attempts < 1) {
      throw new IllegalArgumentException("verification attempts must be positive");
    }
  }

  /** Every block verified, {@link #DEFAULT_ATTEMPTS} fetches. */
  public static VerificationPolicy full() {
    return new VerificationPolicy(true, List.of(), DEFAULT_ATTEMPTS);
  }

  public static VerificationPolicy off() {
    return new VerificationPolicy(false, List.of(), DEFAULT_ATTEMPTS);
  }

  /** Why verification does not apply to block {@code number}, or empty when it applies. */
  public Optional<String> exemption(long number) {
    if (!enabled) {
      return Optional.of("verification is off for this chain");
    }
    for (BlockRange range : skipRanges) {
      if (range.contains(number)) {
        return Optional.of("block in the unverified range " + range);
      }
    }
    return Optional.empty();
  }

  /** An inclusive range of block numbers. */
  public record BlockRange(long from, long to) {

    public BlockRange {
      if (from < 0 || to < from) {
        throw new IllegalArgumentException(
            "a block range needs 0 <= from <= to: " + from + "-" + to);
      }
    }

    /** Parses {@code from-to}. */
    public static BlockRange parse(String text) {
      String[] bounds = text.trim().split("-", -1);
      if (bounds.length != 2) {
        throw new IllegalArgumentException("not a block range from-to: " + text);
      }
      return new BlockRange(Long.parseLong(bounds[0].trim()), Long.parseLong(bounds[1].trim()));
    }

    boolean contains(long number) {
      return number >= from && number <= to;
    }

    @Override
    public String toString() {
      return from + "-" + to;
    }
  }
}
