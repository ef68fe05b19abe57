package io.chainexplorer.poller.verify;

import java.util.Arrays;
import java.util.List;

/**
 * Root hash of a Merkle Patricia Trie (Ethereum yellow paper, appendix D) holding an ordered list:
 * key {@code RLP(index)}, value the item's encoding, as in the transactions, receipts and
 * withdrawals tries. Built in one pass over the sorted keys, each node encoded once into one
 * buffer: nodes under 32 bytes stay embedded in their parent, larger ones are replaced there by
 * their Keccak-256 hash. A leaf of 32 bytes or more is hashed where its value lies, its prefix
 * written into the room in front of the value, so a large item is never copied; the leaves go into
 * a {@link HashBatch} first ({@link #prepare}), hashed there with other independent inputs, and the
 * branch nodes above them are built and hashed once it has run ({@link #root}).
 */
public final class TrieRoot {

  /** Root of the empty trie: {@code keccak256(RLP(""))}. */
  public static final String EMPTY_ROOT =
      "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";

  private static final int BRANCH_WIDTH = 16;
  private static final int EMPTY_STRING = 0x80;

  private final byte[][] nibbles;
  private final int[] items;
  private final EncodedItems values;
  private final byte[] source;
  private final RlpWriter out = new RlpWriter();
  private final byte[] digest = new byte[Keccak256.LENGTH];
  private final byte[] keyBytes = new byte[16];
  private final byte[] leafDigests;
  private final boolean[] leafHashed;

  private TrieRoot(byte[][] nibbles, int[] items, EncodedItems values) {
    this.nibbles = nibbles;
    this.items = items;
    this.values = values;
    this.source = values.buffer();
    this.leafDigests = new byte[Keccak256.LENGTH * items.length];
    this.leafHashed = new boolean[items.length];
  }

  /** The root of the trie mapping {@code RLP(i)} to {@code values.get(i)}, lowercase 0x-hex. */
  public static String ofList(List<byte[]> values) {
    int bytes = 0;
    for (byte[] value : values) {
      bytes += value.length + RlpWriter.DETACHED_ROOM;
    }
    EncodedItems items = new EncodedItems(values.size(), Math.max(16, bytes));
    values.forEach(items::addCopy);
    return of(items);
  }

  /** The root of the trie mapping {@code RLP(i)} to item {@code i}; writes into their room. */
  static String of(EncodedItems values) {
    TrieRoot trie = prepare(values, new ScalarHashBatch());
    return trie.root();
  }

  /**
   * Sorts the keys and adds every leaf of 32 bytes or more to {@code batch}, hashed where its value
   * lies; {@link #root} may be called once the batch has run. Writes into the items' room.
   */
  static TrieRoot prepare(EncodedItems values, HashBatch batch) {
    int n = values.size();
    Integer[] order = new Integer[n];
    byte[][] keyOf = new byte[n][];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      keyOf[i] = toNibbles(i);
    }
    Arrays.sort(order, (a, b) -> Arrays.compare(keyOf[a], keyOf[b]));
    byte[][] keys = new byte[n][];
    int[] sorted = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = keyOf[order[i]];
      sorted[i] = order[i];
    }
    TrieRoot trie = new TrieRoot(keys, sorted, values);
    if (n > 1) {
      trie.leaves(0, n, 0, batch);
    }
    return trie;
  }

  /** The root, lowercase 0x-hex, once the batch given to {@link #prepare} has run. */
  String root() {
    if (items.length == 0) {
      return EMPTY_ROOT;
    }
    node(0, items.length, 0);
    Keccak256.hash(out.buffer(), 0, out.size(), digest, 0);
    return HexBytes.hex(digest);
  }

  /**
   * Walks the nodes {@link #node} writes for keys {@code [from, to)}, two or more, and adds the
   * leaves among their children to {@code batch}.
   */
  private void leaves(int from, int to, int depth, HashBatch batch) {
    int shared = sharedNibbles(from, to, depth);
    if (shared > 0) {
      leaves(from, to, depth + shared, batch);
      return;
    }
    int i = nibbles[from].length == depth ? from + 1 : from;
    while (i < to) {
      int end = childEnd(i, to, depth);
      if (end - i == 1) {
        prepareLeaf(i, depth + 1, batch);
      } else {
        leaves(i, end, depth + 1, batch);
      }
      i = end;
    }
  }

  /** The end of the run of keys from {@code i} sharing their nibble at {@code depth}. */
  private int childEnd(int i, int to, int depth) {
    int nibble = nibbles[i][depth];
    int end = i + 1;
    while (end < to && nibbles[end][depth] == nibble) {
      end++;
    }
    return end;
  }

  /** Writes the node holding keys {@code [from, to)}, which share their first {@code depth}. */
  private void node(int from, int to, int depth) {
    int start = out.startList();
    if (to - from == 1) {
      byte[] key = nibbles[from];
      hexPrefix(key, depth, key.length, true);
      value(from);
    } else {
      int shared = sharedNibbles(from, to, depth);
      if (shared > 0) {
        hexPrefix(nibbles[from], depth, depth + shared, false);
        reference(from, to, depth + shared);
      } else {
        branch(from, to, depth);
      }
    }
    out.endList(start);
  }

  /** The seventeen items of a branch node: sixteen children by next nibble, then a value. */
  private void branch(int from, int to, int depth) {
    int i = from;
    int value = -1;
    if (nibbles[i].length == depth) {
      value = i;
      i++;
    }
    for (int nibble = 0; nibble < BRANCH_WIDTH; nibble++) {
      int start = i;
      while (i < to && nibbles[i][depth] == nibble) {
        i++;
      }
      if (start == i) {
        out.raw(EMPTY_STRING);
      } else {
        reference(start, i, depth + 1);
      }
    }
    if (value < 0) {
      out.raw(EMPTY_STRING);
    } else {
      value(value);
    }
  }

  /** The value of the {@code k}-th key, as an RLP string. */
  private void value(int k) {
    int item = items[k];
    out.bytes(source, values.begin(item), values.length(item));
  }

  /** A child as its parent holds it: embedded when its encoding is shorter than a hash. */
  private void reference(int from, int to, int depth) {
    if (to - from == 1 && leafHashed[from]) {
      out.bytes(leafDigests, Keccak256.LENGTH * from, Keccak256.LENGTH);
      return;
    }
    int start = out.size();
    node(from, to, depth);
    if (out.size() - start >= Keccak256.LENGTH) {
      Keccak256.hash(out.buffer(), start, out.size() - start, digest, 0);
      out.truncate(start);
      out.bytes(digest);
    }
  }

  private int sharedNibbles(int from, int to, int depth) {
    byte[] first = nibbles[from];
    byte[] last = nibbles[to - 1];
    int shared = 0;
    // Keys are sorted, so what the first and last share every key in between shares too.
    while (depth + shared < first.length
        && depth + shared < last.length
        && first[depth + shared] == last[depth + shared]) {
      shared++;
    }
    return shared;
  }

  /**
   * Adds the leaf of the {@code k}-th key at {@code depth} to {@code batch}, to be hashed where its
   * value lies: writes the leaf's list header, key and string header into the room in front of the
   * value. Leaves shorter than a hash are left alone: their parent embeds them.
   */
  private void prepareLeaf(int k, int depth, HashBatch batch) {
    byte[] key = nibbles[k];
    int keyLength = hexPrefixInto(key, depth, key.length, true);
    int item = items[k];
    int begin = values.begin(item);
    int length = values.length(item);
    boolean bareKey = keyLength == 1 && (keyBytes[0] & 0xff) < EMPTY_STRING;
    int keyItem = bareKey ? 1 : 1 + keyLength;
    // A value of one byte, which RLP writes bare, makes a leaf far shorter than a hash.
    int payload = keyItem + RlpWriter.headerLength(length) + length;
    int leaf = RlpWriter.headerLength(payload) + payload;
    if (length < 2 || leaf < Keccak256.LENGTH) {
      return;
    }
    int start = begin + length - leaf;
    int p = RlpWriter.writeHeaderAt(source, start, RlpWriter.LIST, payload);
    if (!bareKey) {
      p = RlpWriter.writeHeaderAt(source, p, RlpWriter.STRING, keyLength);
    }
    System.arraycopy(keyBytes, 0, source, p, keyLength);
    RlpWriter.writeHeaderAt(source, p + keyLength, RlpWriter.STRING, length);
    batch.add(source, start, leaf, leafDigests, Keccak256.LENGTH * k);
    leafHashed[k] = true;
  }

  /** Hex-prefix encoding of the nibbles {@code [from, to)} with the leaf flag, as RLP bytes. */
  private void hexPrefix(byte[] key, int from, int to, boolean leaf) {
    out.bytes(keyBytes, 0, hexPrefixInto(key, from, to, leaf));
  }

  /** Writes the hex-prefix encoding of the nibbles {@code [from, to)}; returns its length. */
  private int hexPrefixInto(byte[] key, int from, int to, boolean leaf) {
    int length = to - from;
    boolean odd = length % 2 == 1;
    int bytes = length / 2 + 1;
    int flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
    int i = from;
    keyBytes[0] = (byte) (odd ? flag << 4 | key[i++] : flag << 4);
    for (int o = 1; o < bytes; o++, i += 2) {
      keyBytes[o] = (byte) (key[i] << 4 | key[i + 1]);
    }
    return bytes;
  }

  /** The nibbles of {@code RLP(index)}, the trie key of the item at {@code index}. */
  private static byte[] toNibbles(int index) {
    RlpWriter key = new RlpWriter(9);
    key.quantity(index);
    byte[] out = new byte[key.size() * 2];
    for (int i = 0; i < key.size(); i++) {
      out[2 * i] = (byte) ((key.buffer()[i] >> 4) & 0x0f);
      out[2 * i + 1] = (byte) (key.buffer()[i] & 0x0f);
    }
    return out;
  }
}
