package io.chainexplorer.poller.tokens;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Decodes what a token's view functions return: ABI {@code string}, the {@code bytes32} that early
 * tokens (MKR, SAI) return instead, and {@code uint256}/{@code uint8}.
 */
public final class ReturnDecoder {

  private static final int WORD = 32;
  private static final int MAX_TEXT_BYTES = 1024;
  private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);

  private ReturnDecoder() {}

  /** A name or symbol: an ABI string, else a bytes32 read as a right-padded UTF-8 string. */
  public static Answer<String> text(String hex) {
    byte[] data = bytes(hex);
    if (data == null) {
      return Answer.unavailable(Answer.MALFORMED);
    }
    if (data.length == 0) {
      return Answer.unavailable(Answer.EMPTY);
    }
    if (data.length == WORD) {
      return utf8(data, 0, trimmedLength(data));
    }
    if (data.length < 2 * WORD || data.length % WORD != 0) {
      return Answer.unavailable(Answer.MALFORMED);
    }
    BigInteger offset = new BigInteger(1, slice(data, 0));
    if (offset.compareTo(BigInteger.valueOf(data.length - WORD)) > 0) {
      return Answer.unavailable(Answer.MALFORMED);
    }
    int start = offset.intValueExact();
    BigInteger length = new BigInteger(1, slice(data, start));
    int from = start + WORD;
    if (length.compareTo(BigInteger.valueOf(Math.min(MAX_TEXT_BYTES, data.length - from))) > 0) {
      return Answer.unavailable(Answer.MALFORMED);
    }
    return utf8(data, from, length.intValueExact());
  }

  /** A uint256 such as totalSupply. */
  public static Answer<BigInteger> uint256(String hex) {
    byte[] data = bytes(hex);
    if (data == null) {
      return Answer.unavailable(Answer.MALFORMED);
    }
    if (data.length == 0) {
      return Answer.unavailable(Answer.EMPTY);
    }
    if (data.length != WORD) {
      return Answer.unavailable(Answer.MALFORMED);
    }
    BigInteger value = new BigInteger(1, data);
    return value.compareTo(UINT256_LIMIT) < 0
        ? Answer.of(value)
        : Answer.unavailable(Answer.MALFORMED);
  }

  /** decimals(): a uint8 in a word; a larger value is no decimals count. */
  public static Answer<Integer> decimals(String hex) {
    Answer<BigInteger> word = uint256(hex);
    if (word.value() == null) {
      return Answer.unavailable(word.unavailable());
    }
    return word.value().bitLength() <= 8
        ? Answer.of(word.value().intValue())
        : Answer.unavailable(Answer.MALFORMED);
  }

  private static Answer<String> utf8(byte[] data, int from, int length) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(data, from, length))
              .toString();
      // NUL is legal UTF-8 but no store keeps it faithfully, and tokens pad with it.
      return Answer.of(text.replace("\u0000", ""));
    } catch (CharacterCodingException e) {
      return Answer.unavailable(Answer.MALFORMED);
    }
  }

  private static int trimmedLength(byte[] word) {
    int length = word.length;
    while (length > 0 && word[length - 1] == 0) {
      length--;
    }
    return length;
  }

  private static byte[] slice(byte[] data, int from) {
    byte[] word = new byte[WORD];
    System.arraycopy(data, from, word, 0, WORD);
    return word;
  }

  /** The bytes of 0x-hex, or null when it is not even-length hex. */
  private static byte[] bytes(String hex) {
    if (hex == null || !hex.startsWith("0x") || hex.length() % 2 != 0) {
      return null;
    }
    try {
      return HexFormat.of().parseHex(hex, 2, hex.length());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
