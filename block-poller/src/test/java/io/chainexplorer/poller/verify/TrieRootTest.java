package io.chainexplorer.poller.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass trie, which hashes large leaves where their values lie, against a textbook recursive
 * Merkle Patricia Trie over the same keys: lists of every size around the branch boundaries, with
 * values from one bare byte (embedded leaves) to several hash blocks.
 */
class TrieRootTest {

  @Test
  void shouldGiveTheEmptyRootForNoItems() {
    assertThat(TrieRoot.ofList(List.of())).isEqualTo(TrieRoot.EMPTY_ROOT);
  }

  @ParameterizedTest(name = "{0} items")
  @ValueSource(ints = {1, 2, 3, 15, 16, 17, 127, 128, 129, 130, 200, 300})
  void shouldMatchTheTextbookTrieWhenValuesRangeFromOneByteToSeveralBlocks(int items) {
    Random random = new Random(items);
    List<byte[]> values = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      int length = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 1 + random.nextInt(400);
      byte[] value = new byte[length];
      random.nextBytes(value);
      values.add(value);
    }

    assertThat(TrieRoot.ofList(values)).isEqualTo(textbookRoot(values));
  }

  @Test
  void shouldMatchTheTextbookTrieWhenEveryLeafIsEmbedded() {
    List<byte[]> values = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      values.add(new byte[] {(byte) i});
    }

    assertThat(TrieRoot.ofList(values)).isEqualTo(textbookRoot(values));
  }

  private static String textbookRoot(List<byte[]> values) {
    List<byte[]> keys = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      RlpWriter key = new RlpWriter(9);
      key.quantity(i);
      byte[] nibbles = new byte[2 * key.size()];
      for (int b = 0; b < key.size(); b++) {
        nibbles[2 * b] = (byte) ((key.buffer()[b] >> 4) & 0x0f);
        nibbles[2 * b + 1] = (byte) (key.buffer()[b] & 0x0f);
      }
      keys.add(nibbles);
    }
    return HexBytes.hex(Keccak256.hash(node(keys, values, 0)));
  }

  /** The encoding of the node holding {@code keys}, which share their first {@code depth}. */
  private static byte[] node(List<byte[]> keys, List<byte[]> values, int depth) {
    RlpWriter out = new RlpWriter();
    int start = out.startList();
    if (keys.size() == 1) {
      out.bytes(hexPrefix(Arrays.copyOfRange(keys.get(0), depth, keys.get(0).length), true));
      out.bytes(values.get(0));
    } else if (shared(keys, depth) > 0) {
      int shared = shared(keys, depth);
      out.bytes(hexPrefix(Arrays.copyOfRange(keys.get(0), depth, depth + shared), false));
      child(out, node(keys, values, depth + shared));
    } else {
      for (int nibble = 0; nibble < 16; nibble++) {
        List<byte[]> subKeys = new ArrayList<>();
        List<byte[]> subValues = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
          if (keys.get(i)[depth] == nibble) {
            subKeys.add(keys.get(i));
            subValues.add(values.get(i));
          }
        }
        if (subKeys.isEmpty()) {
          out.bytes(new byte[0]);
        } else {
          child(out, node(subKeys, subValues, depth + 1));
        }
      }
      // RLP keys are prefix-free: no key ends at a branch, whose value stays empty.
      out.bytes(new byte[0]);
    }
    out.endList(start);
    return out.toByteArray();
  }

  private static void child(RlpWriter out, byte[] encoded) {
    if (encoded.length < 32) {
      for (byte b : encoded) {
        out.raw(b);
      }
    } else {
      out.bytes(Keccak256.hash(encoded));
    }
  }

  private static int shared(List<byte[]> keys, int depth) {
    int shared = 0;
    while (true) {
      int at = depth + shared;
      for (byte[] key : keys) {
        if (key.length <= at || key[at] != keys.get(0)[at]) {
          return shared;
        }
      }
      shared++;
    }
  }

  private static byte[] hexPrefix(byte[] nibbles, boolean leaf) {
    boolean odd = nibbles.length % 2 == 1;
    byte[] out = new byte[nibbles.length / 2 + 1];
    int flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
    int i = 0;
    out[0] = (byte) (odd ? flag << 4 | nibbles[i++] : flag << 4);
    for (int o = 1; o < out.length; o++, i += 2) {
      out[o] = (byte) (nibbles[i] << 4 | nibbles[i + 1]);
    }
    return out;
  }
}
