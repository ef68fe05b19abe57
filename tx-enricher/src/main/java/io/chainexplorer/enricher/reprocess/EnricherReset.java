package io.chainexplorer.enricher.reprocess;

import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resets a stopped enricher as Kafka's streams application reset tool does: its group's input
 * offsets go back to the earliest raw offsets, its internal topics and its local state are deleted,
 * so the next start replays the raw topics and re-publishes every derived record (same keys).
 */
public final class EnricherReset {

  private static final Logger LOG = LoggerFactory.getLogger(EnricherReset.class);

  private final EnricherConfig config;

  public EnricherReset(EnricherConfig config) {
    this.config = config;
  }

  /** The raw topics the enricher consumes, which a reset rewinds. */
  public static List<String> inputs(TopicCatalogue topics) {
    return List.of(
        topics.rawBlocks().name(),
        topics.blockRetractions().name(),
        topics.confirmedRawBlocks().name());
  }

  /**
   * Resets the application; refuses while members of its group are still running, because their
   * next commit would overwrite the rewound offsets.
   */
  public ResetSummary run() {
    String applicationId = config.applicationId();
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      requireStopped(admin, applicationId);
      Map<TopicPartition, Long> rewound =
          rewind(admin, applicationId, inputs(TopicCatalogue.forChain(config.chainName())));
      List<String> deleted = deleteInternalTopics(admin, applicationId);
      boolean stateDeleted = deleteLocalState(config.stateDir().resolve(applicationId));
      LOG.info(
          "reset {}: {} input partitions rewound, internal topics deleted {}, local state {}",
          applicationId,
          rewound.size(),
          deleted,
          stateDeleted ? "deleted" : "absent");
      return new ResetSummary(applicationId, rewound, deleted, stateDeleted);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot reset " + applicationId, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while resetting " + applicationId, e);
    }
  }

  private static void requireStopped(Admin admin, String group)
      throws ExecutionException, InterruptedException {
    try {
      ConsumerGroupDescription description =
          admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get();
      if (!description.members().isEmpty()) {
        throw new IllegalStateException(
            "application "
                + group
                + " still has "
                + description.members().size()
                + " running member(s): stop every instance before reprocessing");
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof GroupIdNotFoundException)) {
        throw e;
      }
    }
  }

  private static Map<TopicPartition, Long> rewind(Admin admin, String group, List<String> inputs)
      throws ExecutionException, InterruptedException {
    Map<String, TopicDescription> described = admin.describeTopics(inputs).allTopicNames().get();
    Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
    described.forEach(
        (name, description) ->
            description
                .partitions()
                .forEach(
                    partition ->
                        earliest.put(
                            new TopicPartition(name, partition.partition()),
                            OffsetSpec.earliest())));
    Map<TopicPartition, Long> offsets = new HashMap<>();
    Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
    admin
        .listOffsets(earliest)
        .all()
        .get()
        .forEach(
            (partition, info) -> {
              offsets.put(partition, info.offset());
              commits.put(partition, new OffsetAndMetadata(info.offset()));
            });
    admin.alterConsumerGroupOffsets(group, commits).all().get();
    return offsets;
  }

  private static List<String> deleteInternalTopics(Admin admin, String applicationId)
      throws ExecutionException, InterruptedException {
    List<String> internal =
        admin.listTopics().names().get().stream()
            .filter(name -> isInternal(applicationId, name))
            .sorted()
            .toList();
    if (!internal.isEmpty()) {
      KafkaFuture<Void> deleted = admin.deleteTopics(internal).all();
      deleted.get();
    }
    return internal;
  }

  /** Streams names its internal topics {@code <application.id>-<name>-changelog|-repartition}. */
  static boolean isInternal(String applicationId, String topic) {
    return topic.startsWith(applicationId + "-")
        && (topic.endsWith("-changelog") || topic.endsWith("-repartition"));
  }

  private static boolean deleteLocalState(Path directory) {
    if (!Files.exists(directory)) {
      return false;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete local state " + directory, e);
    }
  }
}
