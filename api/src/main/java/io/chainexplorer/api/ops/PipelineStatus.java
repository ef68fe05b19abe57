package io.chainexplorer.api.ops;

import io.chainexplorer.api.stats.BatchRun;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pipeline at a glance, from one scrape round and the hot store's last batch run: the head the
 * poller saw and the last block it published, consumer lag per app and per connector, dead letters
 * per app and connector, and which targets answered. A figure no target reported is null.
 */
public record PipelineStatus(
    Long headSeen,
    Long lastPublished,
    Long lagBlocks,
    Double lagSeconds,
    List<ConsumerLag> consumers,
    List<DeadLetters> deadLetters,
    BatchRun lastBatchRun,
    List<Scrape.Target> targets) {

  static final String HEAD_SEEN = "chainexplorer_poller_head_seen";
  static final String LAST_PUBLISHED = "chainexplorer_poller_block_last_published";
  static final String LAG_BLOCKS = "chainexplorer_poller_lag_blocks";
  static final String LAG_SECONDS = "chainexplorer_poller_lag_seconds";
  static final String CONSUMER_LAG = "chain_explorer_consumer_lag";

  /** Kafka Connect names a sink connector's consumer group {@code connect-<connector>}. */
  private static final String CONNECT_GROUP = "connect-";

  /** Records a consumer group has not consumed yet, over every partition it reads. */
  public record ConsumerLag(String group, String kind, long lag) {}

  /** Records an app or connector dead-lettered since it started. */
  public record DeadLetters(String source, String kind, long count) {}

  /** The status the scrape and the batch run show. */
  public static PipelineStatus of(Scrape scrape, BatchRun lastBatchRun) {
    Long head = highest(scrape, HEAD_SEEN);
    Long published = highest(scrape, LAST_PUBLISHED);
    Long lagBlocks = head == null || published == null ? null : Math.max(0, head - published);
    Double lagSeconds =
        scrape
            .named(LAG_SECONDS)
            .mapToDouble(Sample::value)
            .filter(v -> v >= 0)
            .boxed()
            .min(Comparator.naturalOrder())
            .orElse(null);
    return new PipelineStatus(
        head,
        published,
        lagBlocks,
        lagSeconds,
        consumers(scrape),
        deadLetters(scrape),
        lastBatchRun,
        scrape.targets());
  }

  /** The highest value of a gauge over every instance; the poller reports -1 before it knows. */
  private static Long highest(Scrape scrape, String name) {
    return scrape
        .named(name)
        .mapToLong(s -> (long) s.value())
        .filter(v -> v >= 0)
        .boxed()
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private static List<ConsumerLag> consumers(Scrape scrape) {
    // One exporter may be scraped twice (two URLs): a partition counts once.
    Map<String, Map<String, Double>> byGroup = new TreeMap<>();
    scrape
        .named(CONSUMER_LAG)
        .forEach(
            s ->
                byGroup
                    .computeIfAbsent(s.label("group"), g -> new TreeMap<>())
                    .put(s.label("topic") + "/" + s.label("partition"), s.value()));
    return byGroup.entrySet().stream()
        .map(
            e ->
                new ConsumerLag(
                    e.getKey(),
                    kind(e.getKey()),
                    e.getValue().values().stream().mapToLong(Double::longValue).sum()))
        .toList();
  }

  private static String kind(String group) {
    return group.startsWith(CONNECT_GROUP) ? "connector" : "app";
  }

  private static List<DeadLetters> deadLetters(Scrape scrape) {
    Map<String, Long> apps =
        scrape
            .matching(n -> n.startsWith("chainexplorer_") && n.endsWith("_dead_letters_total"))
            .collect(
                Collectors.groupingBy(
                    PipelineStatus::app,
                    TreeMap::new,
                    Collectors.summingLong(s -> (long) s.value())));
    Map<String, Long> connectors =
        scrape
            .matching(
                n -> n.startsWith("chain_explorer_sink_") && n.endsWith("_dead_lettered_total"))
            .collect(
                Collectors.groupingBy(
                    s -> s.label("connector"),
                    TreeMap::new,
                    Collectors.summingLong(s -> (long) s.value())));
    return Stream.concat(
            apps.entrySet().stream().map(e -> new DeadLetters(e.getKey(), "app", e.getValue())),
            connectors.entrySet().stream()
                .map(e -> new DeadLetters(e.getKey(), "connector", e.getValue())))
        .toList();
  }

  /** The app a dead-letter counter belongs to: its service tag, else its name's middle. */
  private static String app(Sample sample) {
    String service = sample.label("service");
    if (!service.isEmpty()) {
      return service;
    }
    String name = sample.name();
    return name.substring(
        "chainexplorer_".length(), name.length() - "_dead_letters_total".length());
  }
}
