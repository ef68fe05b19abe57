package io.chainexplorer.decoder.abi;

/** Lowercase 0x hex, both ways; decoding reports bad text as IllegalArgumentException. */
public final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /** {@code 0x} followed by two lowercase hex digits per byte. */
  public static String encode(byte[] bytes) {
    return encode(bytes, 0, bytes.length);
  }

  /** Hex of {@code length} bytes from {@code offset}. */
  public static String encode(byte[] bytes, int offset, int length) {
    char[] out = new char[2 + 2 * length];
    out[0] = '0';
    out[1] = 'x';
    for (int i = 0; i < length; i++) {
      int b = bytes[offset + i] & 0xff;
      out[2 + 2 * i] = DIGITS[b >>> 4];
      out[3 + 2 * i] = DIGITS[b & 0xf];
    }
    return new String(out);
  }

  /** Bytes of hex text with or without {@code 0x}, either case; an even number of digits. */
  public static byte[] decode(String text) {
    int start = text.startsWith("0x") || text.startsWith("0X") ? 2 : 0;
    int digits = text.length() - start;
    if (digits % 2 != 0) {
      throw new IllegalArgumentException("odd number of hex digits");
    }
    byte[] out = new byte[digits / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(text.charAt(start + 2 * i), 16);
      int lo = Character.digit(text.charAt(start + 2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException("not a hex digit at position " + (start + 2 * i));
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }
}
