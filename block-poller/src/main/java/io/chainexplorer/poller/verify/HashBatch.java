package io.chainexplorer.poller.verify;

/**
 * Keccak-256 of independent byte ranges: each added range's digest is in place once {@link #run}
 * returns (a scalar batch writes it at once). Ranges must stay unchanged until then. Not
 * thread-safe.
 */
public interface HashBatch {

  /**
   * Whether batches hash in SIMD lanes: the JVM was started with {@code --add-modules
   * jdk.incubator.vector} and compiles with C2.
   */
  boolean VECTOR = VectorSupport.usable();

  /** Asks for the digest of {@code input[offset, offset + length)} at {@code out[outOffset...]}. */
  void add(byte[] input, int offset, int length, byte[] out, int outOffset);

  /** Hashes every range added since the last run. */
  void run();

  /** A batch hashing each range as it is added, with scalar Keccak-256. */
  static HashBatch scalar() {
    return new ScalarHashBatch();
  }

  /** A batch hashing several ranges at once in vector lanes when the JVM can, else one by one. */
  static HashBatch create() {
    // The vector class is only loaded, and so only linked against the incubator module, here.
    return VECTOR ? new VectorHashBatch() : new ScalarHashBatch();
  }
}
