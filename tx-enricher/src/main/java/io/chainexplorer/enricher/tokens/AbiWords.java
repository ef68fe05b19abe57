package io.chainexplorer.enricher.tokens;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Bounds-checked view of ABI-encoded log data as 32-byte words; never throws on bad input, the
 * caller turns an empty answer into a malformed-log outcome.
 */
final class AbiWords {

  static final int WORD_HEX = 64;

  private final String hex;

  private AbiWords(String hex) {
    this.hex = hex;
  }

  /** Data split into words, or empty when not {@code 0x}-hex of a whole number of words. */
  static Optional<AbiWords> of(String data) {
    if (data == null || !data.startsWith("0x")) {
      return Optional.empty();
    }
    String body = data.substring(2);
    if (body.length() % WORD_HEX != 0 || !isHex(body)) {
      return Optional.empty();
    }
    return Optional.of(new AbiWords(body));
  }

  int size() {
    return hex.length() / WORD_HEX;
  }

  /** Word {@code index} as an unsigned integer; the caller checks {@code index < size()}. */
  BigInteger uint(int index) {
    return new BigInteger(hex.substring(index * WORD_HEX, (index + 1) * WORD_HEX), 16);
  }

  /**
   * Word {@code index} read as a non-negative int no larger than {@code max} (an offset or a
   * length), or -1 when it is out of range.
   */
  int boundedInt(int index, int max) {
    if (index < 0 || index >= size()) {
      return -1;
    }
    BigInteger value = uint(index);
    return value.compareTo(BigInteger.valueOf(max)) > 0 ? -1 : value.intValue();
  }

  /** A topic or word as a lowercase address: its last 20 bytes, as ethereum-etl reads them. */
  static String address(String word) {
    return "0x" + word.substring(word.length() - 40).toLowerCase(java.util.Locale.ROOT);
  }

  static boolean isHex(CharSequence body) {
    for (int i = 0; i < body.length(); i++) {
      if (Character.digit(body.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
