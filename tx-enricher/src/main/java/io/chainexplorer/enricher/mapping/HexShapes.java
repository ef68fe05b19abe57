package io.chainexplorer.enricher.mapping;

/** Shape checks of the schema's hex conventions: lowercase-insensitive {@code 0x}-hex of a size. */
final class HexShapes {

  static final int HASH_BYTES = 32;
  static final int ADDRESS_BYTES = 20;

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
    for (int i = 2; i < value.length(); i++) {
      if (!isHexDigit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ASCII only, unlike Character.digit (which also takes full-width digits): calldata and log data
  // are most of a block's characters, so this loop is the validator's hot spot.
  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
