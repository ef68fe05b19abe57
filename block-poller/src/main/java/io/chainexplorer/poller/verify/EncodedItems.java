package io.chainexplorer.poller.verify;

import java.util.Arrays;

/**
 * The encodings of a list's items one after another in one buffer, each with {@link
 * RlpWriter#DETACHED_ROOM} bytes of room in front, where {@link TrieRoot} writes the prefix of the
 * item's leaf to hash it in place. Not thread-safe.
 */
final class EncodedItems {

  private final RlpWriter out;
  private int[] begins;
  private int[] ends;
  private int count;

  EncodedItems(int expected, int capacity) {
    out = new RlpWriter(capacity);
    begins = new int[Math.max(1, expected)];
    ends = new int[begins.length];
  }

  /** Where the next item is encoded, detached (see {@link RlpWriter#startDetachedList}). */
  RlpWriter writer() {
    return out;
  }

  /** Records the item encoded from {@code begin} to the writer's end; returns its index. */
  int add(int begin) {
    if (count == begins.length) {
      begins = Arrays.copyOf(begins, 2 * count);
      ends = Arrays.copyOf(ends, 2 * count);
    }
    begins[count] = begin;
    ends[count] = out.size();
    return count++;
  }

  /** Appends a copy of an encoding, with room in front. */
  void addCopy(byte[] encoding) {
    add(out.rawWithRoom(encoding));
  }

  int size() {
    return count;
  }

  /** The buffer holding every item; valid until the next item is added. */
  byte[] buffer() {
    return out.buffer();
  }

  int begin(int index) {
    return begins[index];
  }

  int end(int index) {
    return ends[index];
  }

  int length(int index) {
    return ends[index] - begins[index];
  }
}
