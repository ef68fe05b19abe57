package io.chainexplorer.bench.verify;

import io.chainexplorer.poller.verify.Keccak256;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.web3j.crypto.Hash;

/**
 * Keccak-256 of one input, ours ({@code Keccak256}) next to BouncyCastle's through web3j's {@code
 * Hash.sha3}, at the sizes verification hashes: a short trie node, a branch node, a typical
 * transaction or receipt, and a 1 MB input for the permutation's own throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KeccakCost {

  @Param({"64", "532", "1200", "1048576"})
  public int length;

  private byte[] input;

  @Setup
  public void setUp() {
    input = new byte[length];
    new Random(1).nextBytes(input);
  }

  @Benchmark
  public byte[] ours() {
    return Keccak256.hash(input);
  }

  @Benchmark
  public byte[] bouncyCastle() {
    return Hash.sha3(input);
  }
}
