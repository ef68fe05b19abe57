package io.chainexplorer.enricher.mapping;

/** Shape checks of the schema's hex conventions: lowercase-insensitive {@code 0x}-hex of a size. */
final class HexShapes {

  static final int HASH_BYTES = 32;
  static final int ADDRESS_BYTES = 20;

  /** 1 at each character code below 256 that is not an ASCII hex digit, 0 at the 22 that are. */
  private static final byte[] NOT_HEX = notHexTable();

  private HexShapes() {}

  static boolean isHash(String value) {
    return hasBytes(value, HASH_BYTES);
  }

  static boolean isAddress(String value) {
    return hasBytes(value, ADDRESS_BYTES);
  }

  /** {@code 0x} followed by exactly {@code bytes} bytes of hex. */
  static boolean hasBytes(String value, int bytes) {
    return value != null && value.length() == 2 + 2 * bytes && isHexData(value);
  }

  /** {@code 0x} followed by a whole number of bytes of hex ({@code 0x} alone is empty data). */
  static boolean isHexData(String value) {
    if (value == null || !value.startsWith("0x") || value.length() % 2 != 0) {
      return false;
    }
    // Calldata and log data are most of a block's characters, so this loop is the validator's hot
    // spot. Digits and letters alternate at random in hex, which makes a range test per character
    // a mispredicted branch a third of the time: a table lookup folded into one flag has none.
    int notHex = 0;
    for (int i = 2; i < value.length(); i++) {
      char c = value.charAt(i);
      notHex |= NOT_HEX[c & 0xFF] | (c >>> 8);
    }
    return notHex == 0;
  }

  private static byte[] notHexTable() {
    byte[] table = new byte[256];
    for (int c = 0; c < table.length; c++) {
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      table[c] = (byte) (hex ? 0 : 1);
    }
    return table;
  }
}
