package io.chainexplorer.platform.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumer lag of a set of groups (committed offsets against last stable offsets), refreshed on
 * demand or on a schedule and exported as {@code
 * chain_explorer_consumer_lag{group,topic,partition}}.
 *
 * <p>Each watched group is given the topics it reads: a partition it has not committed yet counts
 * from the partition's start, so a group that has not begun is never taken for one that has caught
 * up. With {@link #discoverGroups()} every consumer group of the cluster is also watched, on the
 * partitions it has committed.
 */
public final class ConsumerLagMonitor implements MeterBinder, AutoCloseable {

  /** The gauge's name; Prometheus shows it as {@code chain_explorer_consumer_lag}. */
  public static final String METRIC = "chain.explorer.consumer.lag";

  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLagMonitor.class);

  private final GroupOffsets offsets;
  private final Map<String, Set<String>> watched = new ConcurrentHashMap<>();
  private final Map<PartitionKey, AtomicLong> gauges = new ConcurrentHashMap<>();
  private final AtomicReference<LagSnapshot> latest =
      new AtomicReference<>(new LagSnapshot(List.of()));
  private final AtomicReference<MeterRegistry> registry = new AtomicReference<>();
  private volatile boolean discover;
  private ScheduledExecutorService scheduler;

  /** A monitor of no group yet, over an admin client it does not close. */
  public ConsumerLagMonitor(Admin admin) {
    this.offsets = new GroupOffsets(admin);
  }

  /** Watches {@code group} on {@code topics} (and on any other partition it has committed). */
  public ConsumerLagMonitor watch(String group, List<String> topics) {
    watched.merge(group, Set.copyOf(topics), ConsumerLagMonitor::union);
    return this;
  }

  /** Also watches every consumer group of the cluster, on the partitions it has committed. */
  public ConsumerLagMonitor discoverGroups() {
    this.discover = true;
    return this;
  }

  /** Refreshes in the background every {@code interval}; a failed refresh is logged and retried. */
  public synchronized ConsumerLagMonitor refreshEvery(Duration interval) {
    if (scheduler == null) {
      scheduler =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread thread = new Thread(r, "consumer-lag-monitor");
                thread.setDaemon(true);
                return thread;
              });
      scheduler.scheduleWithFixedDelay(
          this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }
    return this;
  }

  /** The lag read by the last refresh (empty before the first). */
  public LagSnapshot latest() {
    return latest.get();
  }

  @Override
  public void bindTo(MeterRegistry meterRegistry) {
    registry.set(meterRegistry);
    gauges.forEach((key, value) -> register(meterRegistry, key, value));
  }

  /** Reads committed and end offsets now, updates the gauges and returns the lag. */
  public LagSnapshot refresh() {
    Map<String, Map<TopicPartition, Long>> committed = new TreeMap<>();
    Set<TopicPartition> partitions = new HashSet<>();
    for (Map.Entry<String, Set<String>> group : groups().entrySet()) {
      Map<TopicPartition, Long> groupOffsets = new HashMap<>(offsets.committed(group.getKey()));
      offsets.partitions(group.getValue()).forEach(tp -> groupOffsets.putIfAbsent(tp, -1L));
      committed.put(group.getKey(), groupOffsets);
      partitions.addAll(groupOffsets.keySet());
    }
    Map<TopicPartition, Long> ends = offsets.ends(partitions);
    Map<TopicPartition, Long> starts = offsets.starts(partitions);
    List<PartitionLag> lags = new ArrayList<>();
    committed.forEach(
        (group, groupOffsets) ->
            groupOffsets.forEach(
                (tp, offset) -> {
                  long from = offset < 0 ? starts.getOrDefault(tp, 0L) : offset;
                  long end = ends.getOrDefault(tp, from);
                  lags.add(new PartitionLag(group, tp.topic(), tp.partition(), from, end));
                }));
    LagSnapshot snapshot = new LagSnapshot(lags);
    publish(snapshot);
    return snapshot;
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  private Map<String, Set<String>> groups() {
    Map<String, Set<String>> groups = new TreeMap<>(watched);
    if (discover) {
      offsets.consumerGroups().forEach(group -> groups.putIfAbsent(group, Set.of()));
    }
    return groups;
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.warn("consumer lag not refreshed: {}", e.getMessage());
    }
  }

  private void publish(LagSnapshot snapshot) {
    latest.set(snapshot);
    for (PartitionLag lag : snapshot.partitions()) {
      PartitionKey key = new PartitionKey(lag.group(), lag.topic(), lag.partition());
      gauges
          .computeIfAbsent(
              key,
              k -> {
                AtomicLong value = new AtomicLong();
                MeterRegistry meters = registry.get();
                if (meters != null) {
                  register(meters, k, value);
                }
                return value;
              })
          .set(lag.lag());
    }
  }

  private static void register(MeterRegistry meters, PartitionKey key, AtomicLong value) {
    Gauge.builder(METRIC, value, AtomicLong::get)
        .description("Records a consumer group has not consumed yet on one partition")
        .tag("group", key.group())
        .tag("topic", key.topic())
        .tag("partition", Integer.toString(key.partition()))
        .register(meters);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private record PartitionKey(String group, String topic, int partition) {}
}
