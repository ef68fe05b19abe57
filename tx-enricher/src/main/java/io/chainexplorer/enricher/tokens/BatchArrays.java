package io.chainexplorer.enricher.tokens;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict decoder of the two dynamic {@code uint256[]} arrays of an ERC-1155 {@code TransferBatch}:
 * head offsets word-aligned and past the head, lengths fitting the data, arrays of equal length.
 */
final class BatchArrays {

  private static final int HEAD_WORDS = 2;

  private BatchArrays() {}

  /** The decoded (ids, values) pairs, or a reason why the data is malformed. */
  sealed interface Result {}

  record Pairs(List<BigInteger> ids, List<BigInteger> values) implements Result {}

  record Bad(String reason) implements Result {}

  static Result decode(AbiWords words) {
    if (words.size() < HEAD_WORDS) {
      return new Bad("data has " + words.size() + " words, the two array offsets need 2");
    }
    Array ids = array(words, 0, "ids");
    if (ids.reason() != null) {
      return new Bad(ids.reason());
    }
    Array values = array(words, 1, "values");
    if (values.reason() != null) {
      return new Bad(values.reason());
    }
    if (ids.elements().size() != values.elements().size()) {
      return new Bad(
          "ids has "
              + ids.elements().size()
              + " elements but values has "
              + values.elements().size());
    }
    return new Pairs(ids.elements(), values.elements());
  }

  /** One decoded array, or the reason it could not be decoded. */
  private record Array(List<BigInteger> elements, String reason) {
    static Array bad(String reason) {
      return new Array(List.of(), reason);
    }
  }

  /** The array whose offset is in head word {@code headIndex}. */
  private static Array array(AbiWords words, int headIndex, String name) {
    int maxBytes = words.size() * AbiWords.WORD_HEX / 2;
    int offset = words.boundedInt(headIndex, maxBytes);
    if (offset < 0 || offset % 32 != 0) {
      return Array.bad(name + " offset is not a word-aligned position inside the data");
    }
    int lengthWord = offset / 32;
    if (lengthWord < HEAD_WORDS || lengthWord >= words.size()) {
      return Array.bad(name + " offset " + offset + " points outside the data tail");
    }
    int length = words.boundedInt(lengthWord, words.size());
    if (length < 0 || lengthWord + 1 + length > words.size()) {
      return Array.bad(name + " length exceeds the data");
    }
    List<BigInteger> elements = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      elements.add(words.uint(lengthWord + 1 + i));
    }
    return new Array(elements, null);
  }
}
