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
    if (count == 1) {
      // One input alone in the lanes costs more than a scalar permutation.
      Keccak256.hash(inputs[0], offsets[0], lengths[0], outs[0], outOffsets[0]);
    } else if (count > 1) {
      int rows = schedule();
      for (int job = 0; job < count; job++) {
        keeps[firstRows[job] * WIDTH + lanes[job]] = 0;
        transpose(job);
      }
      VectorKeccakF.absorb(blocks, keeps, rows, digests);
      for (int job = 0; job < count; job++) {
        int at = (firstRows[job] + blockCount(lengths[job]) - 1) * VectorKeccakF.DIGEST_LONGS;
        for (int k = 0; k < 4; k++) {
          LANE.set(outs[job], outOffsets[job] + 8 * k, digests[at + k * WIDTH + lanes[job]]);
        }
      }
    }
    Arrays.fill(inputs, 0, count, null);
    Arrays.fill(outs, 0, count, null);
    count = 0;
  }

  /**
   * Queues the inputs on the lanes, longest first, each on the lane with the fewest blocks so far,
   * so that the lanes end close together; sizes the buffers and clears what no input fills. Returns
   * the number of rows, the most blocks on one lane.
   */
  private int schedule() {
    long[] order = new long[count];
    for (int job = 0; job < count; job++) {
      order[job] = (long) blockCount(lengths[job]) << 32 | job;
    }
    Arrays.sort(order);
    int[] filled = new int[WIDTH];
    for (int k = count - 1; k >= 0; k--) {
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

  private int rows(int job) {
    return firstRows[job];
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
