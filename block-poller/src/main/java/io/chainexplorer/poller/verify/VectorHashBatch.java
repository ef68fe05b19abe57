package io.chainexplorer.poller.verify;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A {@link HashBatch} hashing {@link VectorKeccakF#WIDTH} ranges per permutation, one vector lane
 * per range, each lane taking one range after another so that lanes rarely idle. Needs the
 * incubating vector module. Not thread-safe.
 */
final class VectorHashBatch implements HashBatch {

  private static final int WIDTH = VectorKeccakF.WIDTH;
  private static final int RATE = 136;
  private static final int RATE_LANES = 17;

  /**
   * What one permutation of all lanes costs in scalar permutations: about 2.8 measured with eight
   * lanes (AVX-512), taken as proportional to the lane count.
   */
  private static final double PERMUTATION_COST = 0.35 * WIDTH;

  private static final VarHandle LANE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[][] inputs = new byte[64][];
  private int[] offsets = new int[64];
  private int[] lengths = new int[64];
  private byte[][] outs = new byte[64][];
  private int[] outOffsets = new int[64];
  private int[] lanes = new int[64];
  private int[] firstRows = new int[64];
  private int count;
  private long[] blocks = new long[0];
  private long[] keeps = new long[0];
  private long[] digests = new long[0];

  @Override
  public void add(byte[] input, int offset, int length, byte[] out, int outOffset) {
    if (count == inputs.length) {
      grow();
    }
    inputs[count] = input;
    offsets[count] = offset;
    lengths[count] = length;
    outs[count] = out;
    outOffsets[count] = outOffset;
    count++;
  }

  @Override
  public void run() {
    long[] order = new long[count];
    for (int job = 0; job < count; job++) {
      order[job] = (long) blockCount(lengths[job]) << 32 | job;
    }
    Arrays.sort(order);
    int queued = hashLongestAlone(order);
    if (queued > 0) {
      int rows = schedule(order, queued);
      for (int k = 0; k < queued; k++) {
        int job = (int) order[k];
        keeps[firstRows[job] * WIDTH + lanes[job]] = 0;
        transpose(job);
      }
      VectorKeccakF.absorb(blocks, keeps, rows, digests);
      for (int k = 0; k < queued; k++) {
        int job = (int) order[k];
        int at = (firstRows[job] + blockCount(lengths[job]) - 1) * VectorKeccakF.DIGEST_LONGS;
        for (int i = 0; i < 4; i++) {
          LANE.set(outs[job], outOffsets[job] + 8 * i, digests[at + i * WIDTH + lanes[job]]);
        }
      }
    }
    Arrays.fill(inputs, 0, count, null);
    Arrays.fill(outs, 0, count, null);
    count = 0;
  }

  /**
   * Hashes in scalar, longest first, each input that would keep the other lanes idle for longer
   * than scalar Keccak takes to hash it alone (a lone input, one far longer than the rest); returns
   * how many of the inputs, sorted by block count, are left for the lanes.
   */
  private int hashLongestAlone(long[] order) {
    long remaining = 0;
    for (long key : order) {
      remaining += key >>> 32;
    }
    int left = order.length;
    while (left > 0) {
      long longest = order[left - 1] >>> 32;
      long next = left > 1 ? order[left - 2] >>> 32 : 0;
      long rowsWith = Math.max(longest, (remaining + WIDTH - 1) / WIDTH);
      long rowsWithout = Math.max(next, (remaining - longest + WIDTH - 1) / WIDTH);
      if (PERMUTATION_COST * (rowsWith - rowsWithout) <= longest) {
        return left;
      }
      int job = (int) order[--left];
      Keccak256.hash(inputs[job], offsets[job], lengths[job], outs[job], outOffsets[job]);
      remaining -= longest;
    }
    return 0;
  }

  /**
   * Queues the first {@code queued} inputs of {@code order} on the lanes, longest first, each on
   * the lane with the fewest blocks so far, so that the lanes end close together; sizes the buffers
   * and clears what no input fills. Returns the number of rows, the most blocks on one lane.
   */
  private int schedule(long[] order, int queued) {
    int[] filled = new int[WIDTH];
    for (int k = queued - 1; k >= 0; k--) {
      int job = (int) order[k];
      int lane = 0;
      for (int l = 1; l < WIDTH; l++) {
        lane = filled[l] < filled[lane] ? l : lane;
      }
      lanes[job] = lane;
      firstRows[job] = filled[lane];
      filled[lane] += (int) (order[k] >>> 32);
    }
    int rows = Arrays.stream(filled).max().orElse(0);
    if (keeps.length < rows * WIDTH) {
      blocks = new long[rows * VectorKeccakF.BLOCK_LONGS];
      keeps = new long[rows * WIDTH];
      digests = new long[rows * VectorKeccakF.DIGEST_LONGS];
    }
    Arrays.fill(keeps, 0, rows * WIDTH, -1L);
    for (int lane = 0; lane < WIDTH; lane++) {
      for (int at = filled[lane] * VectorKeccakF.BLOCK_LONGS + lane;
          at < rows * VectorKeccakF.BLOCK_LONGS;
          at += WIDTH) {
        blocks[at] = 0;
      }
    }
    return rows;
  }

  /** Writes the padded blocks of {@code job} into its lane of {@link #blocks}, from its row. */
  private void transpose(int job) {
    byte[] input = inputs[job];
    int end = offsets[job] + lengths[job];
    int at = firstRows[job] * VectorKeccakF.BLOCK_LONGS + lanes[job];
    for (int position = offsets[job]; ; position += RATE) {
      for (int i = 0; i < RATE_LANES; i++, at += WIDTH) {
        blocks[at] = Keccak256.lane(input, position, end, i);
      }
      if (end - position < RATE) {
        return;
      }
    }
  }

  private static int blockCount(int length) {
    return length / RATE + 1;
  }

  private void grow() {
    int size = 2 * count;
    inputs = Arrays.copyOf(inputs, size);
    offsets = Arrays.copyOf(offsets, size);
    lengths = Arrays.copyOf(lengths, size);
    outs = Arrays.copyOf(outs, size);
    outOffsets = Arrays.copyOf(outOffsets, size);
    lanes = Arrays.copyOf(lanes, size);
    firstRows = Arrays.copyOf(firstRows, size);
  }
}
