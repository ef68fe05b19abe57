package io.chainexplorer.poller.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.web3j.crypto.Hash;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * Root hash of a Merkle Patricia Trie (Ethereum yellow paper, appendix D) holding an ordered list:
 * key {@code RLP(index)}, value the item's encoding, as in the transactions, receipts and
 * withdrawals tries. Built in one pass over the sorted keys; nodes under 32 bytes are embedded in
 * their parent, larger ones referenced by their Keccak-256 hash.
 */
public final class TrieRoot {

  /** Root of the empty trie: {@code keccak256(RLP(""))}. */
  public static final String EMPTY_ROOT =
      "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";

  private static final int BRANCH_WIDTH = 16;

  private final byte[][] nibbles;
  private final byte[][] values;

  private TrieRoot(byte[][] nibbles, byte[][] values) {
    this.nibbles = nibbles;
    this.values = values;
  }

  /** The root of the trie mapping {@code RLP(i)} to {@code values.get(i)}, lowercase 0x-hex. */
  public static String ofList(List<byte[]> values) {
    int n = values.size();
    if (n == 0) {
      return EMPTY_ROOT;
    }
    Entry[] entries = new Entry[n];
    for (int i = 0; i < n; i++) {
      entries[i] = new Entry(toNibbles(RlpEncoder.encode(RlpString.create(i))), values.get(i));
    }
    Arrays.sort(entries, (a, b) -> Arrays.compare(a.key(), b.key()));
    byte[][] keys = new byte[n][];
    byte[][] sorted = new byte[n][];
    for (int i = 0; i < n; i++) {
      keys[i] = entries[i].key();
      sorted[i] = entries[i].value();
    }
    byte[] encoded = RlpEncoder.encode(new TrieRoot(keys, sorted).node(0, n, 0));
    return RlpFields.hex(Hash.sha3(encoded));
  }

  /** The node holding keys {@code [from, to)}, which share their first {@code depth} nibbles. */
  private RlpType node(int from, int to, int depth) {
    if (to - from == 1) {
      byte[] key = nibbles[from];
      return new RlpList(
          RlpString.create(hexPrefix(key, depth, key.length, true)),
          RlpString.create(values[from]));
    }
    int shared = sharedNibbles(from, to, depth);
    if (shared > 0) {
      byte[] key = nibbles[from];
      return new RlpList(
          RlpString.create(hexPrefix(key, depth, depth + shared, false)),
          reference(node(from, to, depth + shared)));
    }
    return branch(from, to, depth);
  }

  private RlpType branch(int from, int to, int depth) {
    List<RlpType> slots = new ArrayList<>(BRANCH_WIDTH + 1);
    RlpType value = RlpString.create(new byte[0]);
    int i = from;
    if (nibbles[i].length == depth) {
      value = RlpString.create(values[i]);
      i++;
    }
    for (int nibble = 0; nibble < BRANCH_WIDTH; nibble++) {
      int start = i;
      while (i < to && nibbles[i][depth] == nibble) {
        i++;
      }
      slots.add(start == i ? RlpString.create(new byte[0]) : reference(node(start, i, depth + 1)));
    }
    slots.add(value);
    return new RlpList(slots);
  }

  /** A child as its parent holds it: embedded when its encoding is shorter than a hash. */
  private static RlpType reference(RlpType child) {
    byte[] encoded = RlpEncoder.encode(child);
    return encoded.length < 32 ? child : RlpString.create(Hash.sha3(encoded));
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

  /** Hex-prefix encoding of the nibbles {@code [from, to)} with the leaf flag. */
  static byte[] hexPrefix(byte[] key, int from, int to, boolean leaf) {
    int length = to - from;
    boolean odd = length % 2 == 1;
    byte[] out = new byte[length / 2 + 1];
    int flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
    int i = from;
    if (odd) {
      out[0] = (byte) (flag << 4 | key[i++]);
    } else {
      out[0] = (byte) (flag << 4);
    }
    for (int o = 1; o < out.length; o++, i += 2) {
      out[o] = (byte) (key[i] << 4 | key[i + 1]);
    }
    return out;
  }

  private static byte[] toNibbles(byte[] bytes) {
    byte[] out = new byte[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = (byte) ((bytes[i] >> 4) & 0x0f);
      out[2 * i + 1] = (byte) (bytes[i] & 0x0f);
    }
    return out;
  }

  private record Entry(byte[] key, byte[] value) {}
}
