package io.chainexplorer.poller.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

/** Our Keccak-256 agrees with the published vectors and with web3j (BouncyCastle). */
class Keccak256Test {

  @Test
  void shouldMatchTheStandardVectors() {
    assertThat(HexBytes.hex(Keccak256.hash(new byte[0])))
        .isEqualTo("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    assertThat(HexBytes.hex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    assertThat(
            HexBytes.hex(
                Keccak256.hash(
                    "The quick brown fox jumps over the lazy dog"
                        .getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("0x4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15");
  }

  @Test
  void shouldAgreeWithWeb3jOnEveryLengthUpToAThousand() {
    Random random = new Random(42);
    for (int length = 0; length <= 1000; length++) {
      byte[] input = new byte[length];
      random.nextBytes(input);

      assertThat(Keccak256.hash(input)).as("length %d", length).isEqualTo(Hash.sha3(input));
    }
  }

  @Test
  void shouldHashASliceInPlace() {
    Random random = new Random(7);
    byte[] input = new byte[700];
    random.nextBytes(input);
    byte[] out = new byte[40];

    Keccak256.hash(input, 13, 300, out, 5);

    byte[] slice = java.util.Arrays.copyOfRange(input, 13, 313);
    assertThat(java.util.Arrays.copyOfRange(out, 5, 37)).isEqualTo(Hash.sha3(slice));
  }

  @Test
  void shouldAgreeWithWeb3jOnManyBlocksAtAnOddOffset() {
    Random random = new Random(11);
    byte[] input = new byte[136 * 300 + 200];
    random.nextBytes(input);
    byte[] out = new byte[32];

    for (int length : new int[] {135, 136, 137, 271, 272, 273, 136 * 300 - 1, 136 * 300 + 5}) {
      Keccak256.hash(input, 3, length, out, 0);

      byte[] slice = java.util.Arrays.copyOfRange(input, 3, 3 + length);
      assertThat(out).as("length %d", length).isEqualTo(Hash.sha3(slice));
    }
  }
}
