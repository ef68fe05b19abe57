package io.chainexplorer.reliability.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.embedded.JsonRpcClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Reorgs among blocks mined every few milliseconds replace the tip by other blocks, one more than
 * they remove, and leave every height of the chain with a block.
 */
class NodeMinerIT {

  private static final int MAX_DEPTH = 50;
  private static final int[] DEPTHS = {30, 31, 20, 25, 40, 35, 10, 50, 2, 3, 50, 49};

  @Test
  void shouldReplaceTheTipByOtherBlocksAndLeaveNoHeightEmpty() throws Exception {
    try (EmbeddedAnvil anvil = EmbeddedAnvil.builder().blockTime(1).start()) {
      JsonRpcClient node = anvil.rpc();
      node.call("anvil_mine", 300);

      try (NodeMiner miner = NodeMiner.start(node, Duration.ofMillis(20), MAX_DEPTH)) {
        Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> miner.reachableDepth() >= MAX_DEPTH);
        for (int depth : DEPTHS) {
          long head = head(node);
          Map<Long, String> before = new HashMap<>();
          for (long number = head - depth; number <= head; number++) {
            before.put(number, hashAt(node, number));
          }

          long first = miner.reorg(depth);

          assertThat(head(node)).isGreaterThan(head);
          assertThat(before).as("depth %d", depth).containsKey(first);
          assertThat(hashAt(node, first)).as("depth %d", depth).isNotEqualTo(before.get(first));
        }
        assertThatThrownBy(() -> miner.reorg(MAX_DEPTH + 5))
            .isInstanceOf(IllegalStateException.class);
      }

      assertThat(emptyHeights(node, head(node))).isEmpty();
    }
  }

  private static long head(JsonRpcClient node) {
    return Long.decode(node.call("eth_blockNumber").asText());
  }

  private static String hashAt(JsonRpcClient node, long number) {
    return node.call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false)
        .path("hash")
        .asText();
  }

  private static List<Long> emptyHeights(JsonRpcClient node, long head) {
    List<Long> empty = new ArrayList<>();
    for (long number = 0; number <= head; number++) {
      if (node.call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false).isNull()) {
        empty.add(number);
      }
    }
    return empty;
  }
}
