package io.chainexplorer.poller.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A batch's digests equal scalar Keccak-256's, through the vector lanes when the JVM has the
 * incubating module and through the scalar fallback when it does not (the build runs this class
 * both ways).
 */
class HashBatchTest {

  private static final int LENGTH = Keccak256.LENGTH;

  @Test
  void shouldHashInVectorLanesExactlyWhenTheJvmHasTheModuleAndC2() {
    String expected = System.getProperty("chainexplorer.test.vectorLanes");
    assumeTrue(
        expected != null, "run by the build, which states whether the JVM can use vector lanes");

    assertThat(HashBatch.VECTOR).isEqualTo(Boolean.parseBoolean(expected));
    assertThat(HashBatch.create().getClass().getSimpleName())
        .isEqualTo(HashBatch.VECTOR ? "VectorHashBatch" : "ScalarHashBatch");
  }

  @Test
  void shouldAgreeWithScalarKeccakOnEveryLengthAroundTheBlockBoundaries() {
    Random random = new Random(11);
    int count = 1101;
    int[] offsets = new int[count];
    int total = 0;
    for (int length = 0; length < count; length++) {
      offsets[length] = total + 1 + random.nextInt(7);
      total = offsets[length] + length;
    }
    byte[] input = new byte[total];
    random.nextBytes(input);
    byte[] out = new byte[3 + LENGTH * count];

    HashBatch batch = HashBatch.create();
    for (int length = 0; length < count; length++) {
      batch.add(input, offsets[length], length, out, 3 + LENGTH * length);
    }
    batch.run();

    byte[] expected = new byte[LENGTH];
    for (int length = 0; length < count; length++) {
      Keccak256.hash(input, offsets[length], length, expected, 0);
      assertThat(slice(out, 3 + LENGTH * length)).as("length %d", length).isEqualTo(expected);
    }
  }

  @Test
  void shouldHashBatchesOfEverySizeAndMixedLengthsAcrossRuns() {
    Random random = new Random(5);
    HashBatch batch = HashBatch.create();
    // Sizes around the lane count leave lanes partly filled or one input alone; a third of long
    // inputs leaves lanes idle at the end or is hashed alone; reusing one batch checks that no
    // earlier input leaks into later runs.
    for (int size = 1; size <= 20; size++) {
      byte[][] inputs = new byte[size][];
      byte[] out = new byte[LENGTH * size];
      for (int i = 0; i < size; i++) {
        int length = i % 3 == 1 ? 20_000 + random.nextInt(500) : random.nextInt(1_500);
        inputs[i] = new byte[length];
        random.nextBytes(inputs[i]);
        batch.add(inputs[i], 0, length, out, LENGTH * i);
      }
      batch.run();

      for (int i = 0; i < size; i++) {
        assertThat(slice(out, LENGTH * i))
            .as("input %d of %d", i, size)
            .isEqualTo(Keccak256.hash(inputs[i]));
      }
    }
  }

  private static byte[] slice(byte[] out, int offset) {
    byte[] digest = new byte[LENGTH];
    System.arraycopy(out, offset, digest, 0, LENGTH);
    return digest;
  }
}
