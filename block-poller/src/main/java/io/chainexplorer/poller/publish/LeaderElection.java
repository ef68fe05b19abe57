package io.chainexplorer.poller.publish;

import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One active poller per chain: every instance joins one consumer group on the chain's
 * single-partition cursor topic, and the member assigned partition 0 leads. A dead leader's session
 * times out ({@link #SESSION_TIMEOUT}) and the partition moves to a standby. Leadership alone does
 * not make publishing safe: the new leader's {@code initTransactions()} fences the old one.
 */
public final class LeaderElection implements AutoCloseable {

  /** Detection time of a dead leader; takeover takes this plus a rebalance, well under 30 s. */
  public static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

  /**
   * How long a rebalance waits for a member to rejoin (the consumer's max.poll.interval.ms, which
   * the group uses as its rebalance timeout). The election's consumer polls every half second and
   * reads nothing, so a short bound costs nothing; the default five minutes let a member that died
   * just before a broker restart, and which the restarted coordinator still lists, hold the seat
   * empty.
   */
  public static final Duration REJOIN_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(LeaderElection.class);

  private final TopicPartition seat;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Thread thread;
  private final Object lock = new Object();
  private volatile boolean leader;
  private volatile boolean closed;

  private LeaderElection(TopicPartition seat, KafkaConsumer<byte[], byte[]> consumer) {
    this.seat = seat;
    this.consumer = consumer;
    this.thread = new Thread(this::heartbeat, "leader-election-" + seat.topic());
    this.thread.setDaemon(true);
  }

  /** Joins the election of the chain's pollers; the topics must exist. */
  public static LeaderElection join(PollerConfig config, TopicCatalogue topics) {
    TopicPartition seat = new TopicPartition(topics.pollerCursor().name(), 0);
    LeaderElection election = new LeaderElection(seat, new KafkaConsumer<>(settings(config)));
    election.thread.start();
    return election;
  }

  /** The consumer settings of a member of the chain's election. */
  static Map<String, Object> settings(PollerConfig config) {
    Map<String, Object> settings = KafkaSettings.committedReader(config);
    settings.put(ConsumerConfig.GROUP_ID_CONFIG, config.publishTransactionalId() + ".leader");
    settings.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) SESSION_TIMEOUT.toMillis());
    settings.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 1_000);
    settings.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) REJOIN_TIMEOUT.toMillis());
    // Cooperative: a standby joining does not take the seat away from a living leader.
    settings.put(
        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
        CooperativeStickyAssignor.class.getName());
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    return settings;
  }

  /** Whether this instance holds the seat now. */
  public boolean isLeader() {
    return leader;
  }

  /** Waits until this instance leads or the timeout passes; returns whether it leads. */
  public boolean awaitLeadership(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (!leader && !closed) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return leader;
    }
  }

  /** Leaves the group at once, so a standby takes over without waiting for the session timeout. */
  @Override
  public void close() {
    closed = true;
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(15).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void heartbeat() {
    try {
      consumer.subscribe(List.of(seat.topic()), new Seat());
      while (!closed) {
        consumer.poll(Duration.ofMillis(500));
      }
    } catch (WakeupException e) {
      // close() woke the consumer up: leave the group below.
      LOG.debug("leader election of {} woken up to close", seat.topic());
    } finally {
      setLeader(false);
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void setLeader(boolean value) {
    synchronized (lock) {
      if (leader != value) {
        LOG.info("{} leadership of {}", value ? "took" : "lost", seat.topic());
      }
      leader = value;
      lock.notifyAll();
    }
  }

  /** Tracks the seat; assigned partitions are paused: the group is for membership, not reading. */
  private final class Seat implements ConsumerRebalanceListener {

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      consumer.pause(partitions);
      if (partitions.contains(seat)) {
        setLeader(true);
      }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (partitions.contains(seat)) {
        setLeader(false);
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      if (partitions.contains(seat)) {
        setLeader(false);
      }
    }
  }
}
