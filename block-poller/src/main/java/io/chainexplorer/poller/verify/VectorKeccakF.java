package io.chainexplorer.poller.verify;

import static jdk.incubator.vector.VectorOperators.AND_NOT;
import static jdk.incubator.vector.VectorOperators.ROL;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Keccak-f[1600] over {@link #WIDTH} independent states at once, lane {@code j} of vector {@code i}
 * holding lane {@code i} of state {@code j}; needs the incubating {@code jdk.incubator.vector}
 * module. Stateless and thread-safe.
 */
final class VectorKeccakF {

  /** The preferred vector shape's number of 64-bit lanes: 8 with AVX-512, 4 with AVX2. */
  static final int WIDTH = LongVector.SPECIES_PREFERRED.length();

  /** Longs per absorbed block: the 17 rate lanes of each of the {@link #WIDTH} states. */
  static final int BLOCK_LONGS = 17 * WIDTH;

  /** Longs per digest row: the first four lanes of each state, written after every block. */
  static final int DIGEST_LONGS = 4 * WIDTH;

  private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;

  private VectorKeccakF() {}

  /**
   * Absorbs {@code count} rows of {@code blocks} (each {@link #BLOCK_LONGS} longs, lane-major, one
   * block per state) and writes the first four lanes of every state after each row to {@code
   * digests} ({@link #DIGEST_LONGS} longs per row), so each lane can hash one message after
   * another: before row {@code r}, state {@code j} is ANDed with {@code keeps[r * WIDTH + j]}, 0 to
   * start a new message there, all ones to go on.
   */
  @SuppressWarnings("checkstyle:MethodLength")
  static void absorb(long[] blocks, long[] keeps, int count, long[] digests) {
    LongVector zero = LongVector.zero(SPECIES);
    LongVector a0 = zero;
    LongVector a1 = zero;
    LongVector a2 = zero;
    LongVector a3 = zero;
    LongVector a4 = zero;
    LongVector a5 = zero;
    LongVector a6 = zero;
    LongVector a7 = zero;
    LongVector a8 = zero;
    LongVector a9 = zero;
    LongVector a10 = zero;
    LongVector a11 = zero;
    LongVector a12 = zero;
    LongVector a13 = zero;
    LongVector a14 = zero;
    LongVector a15 = zero;
    LongVector a16 = zero;
    LongVector a17 = zero;
    LongVector a18 = zero;
    LongVector a19 = zero;
    LongVector a20 = zero;
    LongVector a21 = zero;
    LongVector a22 = zero;
    LongVector a23 = zero;
    LongVector a24 = zero;
    for (int block = 0; block < count; block++) {
      int at = block * BLOCK_LONGS;
      LongVector keep = LongVector.fromArray(SPECIES, keeps, block * WIDTH);
      a0 = a0.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at));
      a1 = a1.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 1 * WIDTH));
      a2 = a2.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 2 * WIDTH));
      a3 = a3.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 3 * WIDTH));
      a4 = a4.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 4 * WIDTH));
      a5 = a5.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 5 * WIDTH));
      a6 = a6.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 6 * WIDTH));
      a7 = a7.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 7 * WIDTH));
      a8 = a8.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 8 * WIDTH));
      a9 = a9.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 9 * WIDTH));
      a10 = a10.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 10 * WIDTH));
      a11 = a11.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 11 * WIDTH));
      a12 = a12.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 12 * WIDTH));
      a13 = a13.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 13 * WIDTH));
      a14 = a14.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 14 * WIDTH));
      a15 = a15.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 15 * WIDTH));
      a16 = a16.and(keep).lanewise(XOR, LongVector.fromArray(SPECIES, blocks, at + 16 * WIDTH));
      a17 = a17.and(keep);
      a18 = a18.and(keep);
      a19 = a19.and(keep);
      a20 = a20.and(keep);
      a21 = a21.and(keep);
      a22 = a22.and(keep);
      a23 = a23.and(keep);
      a24 = a24.and(keep);
      for (long constant : Keccak256.ROUND_CONSTANTS) {
        LongVector c0 =
            a0.lanewise(XOR, a5).lanewise(XOR, a10).lanewise(XOR, a15).lanewise(XOR, a20);
        LongVector c1 =
            a1.lanewise(XOR, a6).lanewise(XOR, a11).lanewise(XOR, a16).lanewise(XOR, a21);
        LongVector c2 =
            a2.lanewise(XOR, a7).lanewise(XOR, a12).lanewise(XOR, a17).lanewise(XOR, a22);
        LongVector c3 =
            a3.lanewise(XOR, a8).lanewise(XOR, a13).lanewise(XOR, a18).lanewise(XOR, a23);
        LongVector c4 =
            a4.lanewise(XOR, a9).lanewise(XOR, a14).lanewise(XOR, a19).lanewise(XOR, a24);
        LongVector d0 = c1.lanewise(ROL, 1).lanewise(XOR, c4);
        LongVector d1 = c2.lanewise(ROL, 1).lanewise(XOR, c0);
        LongVector d2 = c3.lanewise(ROL, 1).lanewise(XOR, c1);
        LongVector d3 = c4.lanewise(ROL, 1).lanewise(XOR, c2);
        LongVector d4 = c0.lanewise(ROL, 1).lanewise(XOR, c3);
        LongVector b00 = a0.lanewise(XOR, d0);
        LongVector b10 = a6.lanewise(XOR, d1).lanewise(ROL, 44);
        LongVector b20 = a12.lanewise(XOR, d2).lanewise(ROL, 43);
        LongVector b30 = a18.lanewise(XOR, d3).lanewise(ROL, 21);
        LongVector b40 = a24.lanewise(XOR, d4).lanewise(ROL, 14);
        LongVector b01 = a3.lanewise(XOR, d3).lanewise(ROL, 28);
        LongVector b11 = a9.lanewise(XOR, d4).lanewise(ROL, 20);
        LongVector b21 = a10.lanewise(XOR, d0).lanewise(ROL, 3);
        LongVector b31 = a16.lanewise(XOR, d1).lanewise(ROL, 45);
        LongVector b41 = a22.lanewise(XOR, d2).lanewise(ROL, 61);
        LongVector b02 = a1.lanewise(XOR, d1).lanewise(ROL, 1);
        LongVector b12 = a7.lanewise(XOR, d2).lanewise(ROL, 6);
        LongVector b22 = a13.lanewise(XOR, d3).lanewise(ROL, 25);
        LongVector b32 = a19.lanewise(XOR, d4).lanewise(ROL, 8);
        LongVector b42 = a20.lanewise(XOR, d0).lanewise(ROL, 18);
        LongVector b03 = a4.lanewise(XOR, d4).lanewise(ROL, 27);
        LongVector b13 = a5.lanewise(XOR, d0).lanewise(ROL, 36);
        LongVector b23 = a11.lanewise(XOR, d1).lanewise(ROL, 10);
        LongVector b33 = a17.lanewise(XOR, d2).lanewise(ROL, 15);
        LongVector b43 = a23.lanewise(XOR, d3).lanewise(ROL, 56);
        LongVector b04 = a2.lanewise(XOR, d2).lanewise(ROL, 62);
        LongVector b14 = a8.lanewise(XOR, d3).lanewise(ROL, 55);
        LongVector b24 = a14.lanewise(XOR, d4).lanewise(ROL, 39);
        LongVector b34 = a15.lanewise(XOR, d0).lanewise(ROL, 41);
        LongVector b44 = a21.lanewise(XOR, d1).lanewise(ROL, 2);
        a0 = b20.lanewise(AND_NOT, b10).lanewise(XOR, b00);
        a1 = b30.lanewise(AND_NOT, b20).lanewise(XOR, b10);
        a2 = b40.lanewise(AND_NOT, b30).lanewise(XOR, b20);
        a3 = b00.lanewise(AND_NOT, b40).lanewise(XOR, b30);
        a4 = b10.lanewise(AND_NOT, b00).lanewise(XOR, b40);
        a5 = b21.lanewise(AND_NOT, b11).lanewise(XOR, b01);
        a6 = b31.lanewise(AND_NOT, b21).lanewise(XOR, b11);
        a7 = b41.lanewise(AND_NOT, b31).lanewise(XOR, b21);
        a8 = b01.lanewise(AND_NOT, b41).lanewise(XOR, b31);
        a9 = b11.lanewise(AND_NOT, b01).lanewise(XOR, b41);
        a10 = b22.lanewise(AND_NOT, b12).lanewise(XOR, b02);
        a11 = b32.lanewise(AND_NOT, b22).lanewise(XOR, b12);
        a12 = b42.lanewise(AND_NOT, b32).lanewise(XOR, b22);
        a13 = b02.lanewise(AND_NOT, b42).lanewise(XOR, b32);
        a14 = b12.lanewise(AND_NOT, b02).lanewise(XOR, b42);
        a15 = b23.lanewise(AND_NOT, b13).lanewise(XOR, b03);
        a16 = b33.lanewise(AND_NOT, b23).lanewise(XOR, b13);
        a17 = b43.lanewise(AND_NOT, b33).lanewise(XOR, b23);
        a18 = b03.lanewise(AND_NOT, b43).lanewise(XOR, b33);
        a19 = b13.lanewise(AND_NOT, b03).lanewise(XOR, b43);
        a20 = b24.lanewise(AND_NOT, b14).lanewise(XOR, b04);
        a21 = b34.lanewise(AND_NOT, b24).lanewise(XOR, b14);
        a22 = b44.lanewise(AND_NOT, b34).lanewise(XOR, b24);
        a23 = b04.lanewise(AND_NOT, b44).lanewise(XOR, b34);
        a24 = b14.lanewise(AND_NOT, b04).lanewise(XOR, b44);
        a0 = a0.lanewise(XOR, constant);
      }
      int row = block * DIGEST_LONGS;
      a0.intoArray(digests, row);
      a1.intoArray(digests, row + WIDTH);
      a2.intoArray(digests, row + 2 * WIDTH);
      a3.intoArray(digests, row + 3 * WIDTH);
    }
  }
}
