package io.chainexplorer.bench.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.poller.verify.BlockVerificationReport;
import io.chainexplorer.poller.verify.BlockVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
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

/**
 * Cost of verifying one block ({@code verify}: transactions, receipts and withdrawals roots, block
 * hash, transaction hashes, receipt consistency) next to the poller's processing of the same block
 * ({@code process}: parse the two JSON-RPC answers, map them to a {@code RawBlock}, Avro-encode
 * it), measured side by side in one run, per block of 94 (mainnet 18,000,000 as is) and 200
 * transactions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class VerificationCost {

  @Param({"94", "200"})
  public int transactions;

  private final ObjectMapper json = new ObjectMapper();
  private final SpecificDatumWriter<RawBlock> writer = new SpecificDatumWriter<>(RawBlock.class);
  private final BlockVerifier verifier = new BlockVerifier();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
  private byte[] blockAnswer;
  private byte[] receiptsAnswer;
  private RawBlock block;
  private BinaryEncoder encoder;

  @Setup
  public void setUp() throws Exception {
    VerifyBenchBlocks.Answers answers = VerifyBenchBlocks.block(transactions);
    blockAnswer = answers.blockBytes();
    receiptsAnswer = answers.receiptsBytes();
    block = process();
    BlockVerificationReport report = verifier.verify(block);
    if (!report.verified() || block.getTransactions().size() != transactions) {
      throw new IllegalStateException("benchmark block does not verify: " + report.summary());
    }
  }

  /** What the poller does with a block besides verifying it: parse, map, encode. */
  @Benchmark
  public RawBlock process() throws Exception {
    JsonNode parsed = json.readTree(blockAnswer);
    JsonNode receipts = json.readTree(receiptsAnswer);
    RawBlock mapped = VerifyBenchBlocks.map(parsed, VerifyBenchBlocks.list(receipts));
    encode(mapped);
    return mapped;
  }

  @Benchmark
  public BlockVerificationReport verify() {
    return verifier.verify(block);
  }

  private void encode(RawBlock mapped) throws IOException {
    out.reset();
    encoder = EncoderFactory.get().binaryEncoder(out, encoder);
    writer.write(mapped, encoder);
    encoder.flush();
  }
}
