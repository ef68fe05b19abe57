package io.chainexplorer.bench.verify;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.verify.BlockVerificationReport;
import io.chainexplorer.poller.verify.BlockVerifier;
import io.chainexplorer.poller.verify.HashBatch;
import io.chainexplorer.poller.verify.Keccak256;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Keccak-256 of the inputs verification hashes in one batch for the 200-transaction block (each
 * transaction's encoding, the trie leaves, the header), one by one with the scalar {@code
 * Keccak256} next to a {@code HashBatch} in vector lanes, and the whole {@code verify} with either;
 * side by side in one forked JVM that has the incubating vector module.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class KeccakBatchCost {

  private final BlockVerifier scalarVerifier = new BlockVerifier(HashBatch::scalar);
  private final BlockVerifier vectorVerifier = new BlockVerifier(HashBatch::create);
  private byte[][] inputs;
  private byte[] digests;
  private RawBlock block;
  private long bytes;

  @Setup
  public void setUp() throws Exception {
    if (!HashBatch.VECTOR) {
      throw new IllegalStateException("the forked JVM lacks --add-modules jdk.incubator.vector");
    }
    VerifyBenchBlocks.Answers answers = VerifyBenchBlocks.block(200);
    block = VerifyBenchBlocks.map(answers.block(), VerifyBenchBlocks.list(answers.receipts()));
    Recording recording = new Recording();
    BlockVerificationReport report = new BlockVerifier(() -> recording).verify(block);
    if (!report.verified()) {
      throw new IllegalStateException("benchmark block does not verify: " + report.summary());
    }
    inputs = recording.inputs.toArray(new byte[0][]);
    digests = new byte[Keccak256.LENGTH * inputs.length];
    bytes = Arrays.stream(inputs).mapToLong(input -> input.length).sum();
    System.out.printf("%n%d inputs, %d bytes, hashed per operation%n", inputs.length, bytes);
  }

  /** Bytes hashed per {@link #scalar} or {@link #vector}. */
  long bytes() {
    return bytes;
  }

  @Benchmark
  public byte[] scalar() {
    for (int i = 0; i < inputs.length; i++) {
      Keccak256.hash(inputs[i], 0, inputs[i].length, digests, Keccak256.LENGTH * i);
    }
    return digests;
  }

  @Benchmark
  public byte[] vector() {
    HashBatch batch = HashBatch.create();
    for (int i = 0; i < inputs.length; i++) {
      batch.add(inputs[i], 0, inputs[i].length, digests, Keccak256.LENGTH * i);
    }
    batch.run();
    return digests;
  }

  @Benchmark
  public BlockVerificationReport verifyScalar() {
    return scalarVerifier.verify(block);
  }

  @Benchmark
  public BlockVerificationReport verifyVector() {
    return vectorVerifier.verify(block);
  }

  /** Keeps a copy of every input and hashes it at once. */
  private static final class Recording implements HashBatch {
    private final List<byte[]> inputs = new ArrayList<>();

    @Override
    public void add(byte[] input, int offset, int length, byte[] out, int outOffset) {
      inputs.add(Arrays.copyOfRange(input, offset, offset + length));
      Keccak256.hash(input, offset, length, out, outOffset);
    }

    @Override
    public void run() {
      // Hashed as added.
    }
  }
}
