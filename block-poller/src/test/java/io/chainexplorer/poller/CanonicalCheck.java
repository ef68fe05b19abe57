package io.chainexplorer.poller;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a read_committed consumer reconstructs from raw blocks and retractions: every superseded
 * block was retracted exactly once, each height's last block is the canonical one, no gap.
 */
final class CanonicalCheck {

  private CanonicalCheck() {}

  /** Asserts the outputs up to {@code tip} equal {@code canonical} (hashes from height 0). */
  static void assertCanonical(
      List<ConsumerRecord<Long, RawBlock>> blocks,
      List<ConsumerRecord<Long, BlockRetraction>> retractions,
      List<String> canonical,
      long first) {
    Map<Long, List<String>> published = new HashMap<>();
    for (ConsumerRecord<Long, RawBlock> record : blocks) {
      assertThat(record.key()).isEqualTo(record.value().getBlockNumber());
      published
          .computeIfAbsent(record.key(), k -> new ArrayList<>())
          .add(record.value().getBlockHash());
    }
    Map<Long, List<String>> retracted = new HashMap<>();
    for (ConsumerRecord<Long, BlockRetraction> record : retractions) {
      retracted
          .computeIfAbsent(record.key(), k -> new ArrayList<>())
          .add(record.value().getBlockHash());
    }
    long tip = first + canonical.size() - 1;
    for (long height = first; height <= tip; height++) {
      List<String> versions = published.get(height);
      assertThat(versions).as("blocks published at height %d", height).isNotEmpty();
      assertThat(versions.get(versions.size() - 1))
          .as("last block at height %d", height)
          .isEqualTo(canonical.get((int) (height - first)));
      assertThat(retracted.getOrDefault(height, List.of()))
          .as("retractions at height %d", height)
          .containsExactlyElementsOf(versions.subList(0, versions.size() - 1));
    }
  }
}
