package io.chainexplorer.enricher.reprocess;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** What a reset did: input offsets rewound to, internal topics deleted, local state removed. */
public record ResetSummary(
    String applicationId,
    Map<TopicPartition, Long> rewoundTo,
    List<String> deletedInternalTopics,
    boolean localStateDeleted) {

  public ResetSummary {
    rewoundTo = Map.copyOf(rewoundTo);
    deletedInternalTopics = List.copyOf(deletedInternalTopics);
  }
}
