package io.chainexplorer.platform.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/** The AdminClient reads behind lag: consumer groups, their commits, partition bounds. */
final class GroupOffsets {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final Admin admin;

  GroupOffsets(Admin admin) {
    this.admin = admin;
  }

  /** Ids of every consumer group of the cluster. */
  List<String> consumerGroups() {
    return await(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()).stream()
        .map(GroupListing::groupId)
        .toList();
  }

  /** The group's committed offsets; partitions it never committed are absent. */
  Map<TopicPartition, Long> committed(String group) {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
    Map<TopicPartition, Long> committed = new HashMap<>();
    offsets.forEach(
        (tp, offset) -> {
          if (offset != null) {
            committed.put(tp, offset.offset());
          }
        });
    return committed;
  }

  /** Every partition of the topics that exist; missing topics are skipped. */
  Set<TopicPartition> partitions(Collection<String> topics) {
    if (topics.isEmpty()) {
      return Set.of();
    }
    Set<String> existing = await(admin.listTopics().names());
    List<String> present = topics.stream().filter(existing::contains).toList();
    Map<String, TopicDescription> descriptions =
        await(admin.describeTopics(present).allTopicNames());
    Set<TopicPartition> partitions = new java.util.HashSet<>();
    descriptions.forEach(
        (topic, description) ->
            description
                .partitions()
                .forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
    return partitions;
  }

  /** Last stable offsets (what a read_committed reader reaches) of the partitions. */
  Map<TopicPartition, Long> ends(Set<TopicPartition> partitions) {
    return offsets(partitions, OffsetSpec.latest());
  }

  /** First offsets still in the log. */
  Map<TopicPartition, Long> starts(Set<TopicPartition> partitions) {
    return offsets(partitions, OffsetSpec.earliest());
  }

  private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(tp -> request.put(tp, spec));
    Map<TopicPartition, Long> offsets = new HashMap<>();
    if (request.isEmpty()) {
      return offsets;
    }
    await(admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all())
        .forEach((tp, info) -> offsets.put(tp, info.offset()));
    return offsets;
  }

  private static <T> T await(KafkaFuture<T> future) {
    try {
      return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading offsets", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read offsets: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer within " + TIMEOUT, e);
    }
  }
}
