package io.chainexplorer.decoder.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated inputs: no exception escapes, every outcome is Decoded or a Malformed with a
 * reason, and values built, bytes allocated and time spent stay within bounds derived from the
 * input size. {@code -Dchainexplorer.fuzz.inputs=N} runs a longer campaign.
 */
class DecoderFuzzTest {
  private static final int INPUTS = Integer.getInteger("chainexplorer.fuzz.inputs", 100_000);
  private static final long SEED = Long.getLong("chainexplorer.fuzz.seed", 5L);
  private static final long MAX_NANOS_PER_INPUT = 200_000_000L;

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void shouldGiveAnOutcomeWithinBoundsForEveryRandomOrMutatedInput() {
    RandomAbi random = new RandomAbi(SEED);
    int decoded = 0;
    int malformed = 0;
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < INPUTS && violations.size() < 10; i++) {
      List<AbiType> types = random.types(4);
      byte[] valid = AbiEncoder.encodeParameters(types, random.values(types));
      int mode = random.random().nextInt(10);
      byte[] data =
          mode == 0
              ? random.bytes(random.random().nextInt(300))
              : mode < 3 ? valid : random.mutate(valid);
      String violation = check(types, data);
      if (violation != null) {
        violations.add(
            violation
                + " for "
                + new AbiType.TupleType(types.isEmpty() ? List.of(new AbiType.BoolType()) : types)
                    .canonical()
                + " "
                + Hex.encode(data));
      }
      DecodeResult result = decodeAsCall(types, data);
      if (result instanceof DecodeResult.Decoded) {
        decoded++;
      } else {
        malformed++;
      }
    }
    assertThat(violations).isEmpty();
    assertThat(decoded + malformed).isEqualTo(INPUTS);
    // Both outcomes must be exercised, or the mutations test nothing.
    assertThat(decoded).isGreaterThan(INPUTS / 10);
    assertThat(malformed).isGreaterThan(INPUTS / 10);
  }

  /** What is wrong with decoding {@code data} by {@code types}, or null. */
  private String check(List<AbiType> types, byte[] data) {
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    AbiReader reader = new AbiReader(data, 0, data.length);
    try {
      reader.decodeTuple(types);
    } catch (MalformedException expected) {
      if (expected.getMessage() == null || expected.getMessage().isBlank()) {
        return "malformed without a reason";
      }
    } catch (RuntimeException e) {
      return "exception " + e;
    }
    long nanos = System.nanoTime() - start;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    if (reader.values() > AbiReader.maxValues(data.length)) {
      return reader.values() + " values built from " + data.length + " bytes";
    }
    // Each value costs at most a few hundred bytes of Java objects; anything more is inflation.
    long allocationBound = 512 * AbiReader.maxValues(data.length);
    if (allocated > allocationBound) {
      return allocated + " bytes allocated from " + data.length + " bytes";
    }
    return nanos > MAX_NANOS_PER_INPUT ? "took " + nanos / 1_000_000 + " ms" : null;
  }

  private static DecodeResult decodeAsCall(List<AbiType> types, byte[] data) {
    List<AbiParameter> inputs = new ArrayList<>();
    types.forEach(t -> inputs.add(new AbiParameter("", t, false)));
    AbiFunction function = new AbiFunction("fuzz", inputs);
    byte[] calldata = new byte[4 + data.length];
    System.arraycopy(function.selector(), 0, calldata, 0, 4);
    System.arraycopy(data, 0, calldata, 4, data.length);
    DecodeResult result = CalldataDecoder.decode(function, calldata);
    if (result instanceof DecodeResult.Malformed m) {
      assertThat(m.reason()).isNotBlank().doesNotStartWith("decoder error");
    }
    return result;
  }
}
