package io.chainexplorer.reliability.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.embedded.JsonRpcClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reorgs among blocks mined every few milliseconds leave every height of the chain with a block.
 */
class NodeMinerIT {

  private static final int[] DEPTHS = {
    30, 31, 20, 25, 40, 35, 10, 50, 30, 31, 20, 25, 40, 35, 10, 50
  };

  @Test
  void shouldLeaveNoHeightWithoutABlockWhenReorgingWhileMining() throws Exception {
    try (EmbeddedAnvil anvil = EmbeddedAnvil.builder().blockTime(1).start()) {
      JsonRpcClient node = anvil.rpc();
      node.call("anvil_mine", 300);
      long before = head(node);

      try (NodeMiner miner = NodeMiner.start(node, Duration.ofMillis(1))) {
        for (int depth : DEPTHS) {
          miner.reorg(depth);
        }
      }

      long after = head(node);
      assertThat(after).isGreaterThan(before);
      assertThat(emptyHeights(node, after)).isEmpty();
    }
  }

  private static long head(JsonRpcClient node) {
    return Long.decode(node.call("eth_blockNumber").asText());
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
