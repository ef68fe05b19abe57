package io.chainexplorer.poller.verify;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The verifier's strict hex: lowercase {@code 0x}-hex to bytes through a lookup table, and back,
 * without allocating to compare; the decoder's ABI hex accepts either case, with or without the
 * prefix.
 */
final class HexBytes {

  private static final HexFormat FORMAT = HexFormat.of();
  private static final byte[] DIGITS = new byte[128];

  static {
    Arrays.fill(DIGITS, (byte) -1);
    for (int i = 0; i < 10; i++) {
      DIGITS['0' + i] = (byte) i;
    }
    for (int i = 0; i < 6; i++) {
      DIGITS['a' + i] = (byte) (10 + i);
      DIGITS['A' + i] = (byte) (10 + i);
    }
  }

  private HexBytes() {}

  /** The value of one hex digit at {@code index} of {@code hex}. */
  static int digit(String hex, int index) {
    int value = value(hex.charAt(index));
    if (value < 0) {
      throw new IllegalArgumentException("not a hex digit at " + index + ": " + hex.charAt(index));
    }
    return value;
  }

  private static int value(char c) {
    return c < DIGITS.length ? DIGITS[c] : -1;
  }

  /** The number of bytes {@code 0x}-hex data holds. */
  static int length(String hex) {
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("0x-hex byte data of odd length: " + hex);
    }
    return (hex.length() - 2) / 2;
  }

  /** Decodes the hex digits {@code hex[from, to)}, of even count, into {@code out[offset...]}. */
  static void decode(String hex, int from, int to, byte[] out, int offset) {
    int o = offset;
    for (int i = from; i < to; i += 2) {
      out[o++] = (byte) (digit(hex, i) << 4 | digit(hex, i + 1));
    }
  }

  /** The bytes of lowercase {@code 0x}-hex data. */
  static byte[] bytes(String hex) {
    byte[] out = new byte[length(hex)];
    decode(hex, 2, hex.length(), out, 0);
    return out;
  }

  /** Whether {@code 0x}-hex {@code hex} spells exactly {@code bytes}. */
  static boolean spells(String hex, byte[] bytes) {
    if (hex == null || hex.length() != 2 + 2 * bytes.length || !hex.startsWith("0x")) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      int high = value(hex.charAt(2 + 2 * i));
      int low = value(hex.charAt(3 + 2 * i));
      if (high < 0 || low < 0 || (byte) (high << 4 | low) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  static String hex(byte[] bytes) {
    return "0x" + FORMAT.formatHex(bytes);
  }
}
