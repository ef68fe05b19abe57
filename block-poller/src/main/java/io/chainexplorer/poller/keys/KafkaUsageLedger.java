package io.chainexplorer.poller.keys;

import io.chainexplorer.avro.ApiKeyUsage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key usage kept in the compacted API-key-usage topic and shared by replicas: each instance
 * publishes its own running total per key and UTC day, keyed {@code provider:alias:day:instance},
 * every {@code publishInterval} (idempotent producer), and reads every instance's records; a key's
 * usage is the sum. At start it reads the topic to its end before the pool's first acquire.
 *
 * <p>Another instance's usage is seen at most {@link #staleness()} late; the pool reserves that
 * much of each key's budget per other instance (its rate times the staleness), so the instances
 * together stay within the budget instead of overshooting by up to that amount.
 */
public final class KafkaUsageLedger implements UsageLedger {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaUsageLedger.class);
  private static final Duration POLL = Duration.ofMillis(100);

  /** Allowance for a published record to reach the other instances' readers. */
  private static final Duration PROPAGATION = Duration.ofMillis(500);

  private final String topic;
  private final Duration publishInterval;
  private final Clock clock;
  private final UsageIndex index;
  private final KafkaProducer<String, ApiKeyUsage> producer;
  private final KafkaConsumer<String, ApiKeyUsage> consumer;
  private final Map<String, ApiKeyUsage> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService publisher;
  private final Thread reader;
  private volatile boolean running = true;

  /**
   * Where and how often: {@code clientConfig} holds the Kafka client settings every app shares
   * ({@code bootstrap.servers}, security); {@code instanceId} is stable across restarts when
   * possible (a new id still counts the old one's records as another instance's).
   */
  public record Settings(
      Map<String, Object> clientConfig,
      String topic,
      String instanceId,
      Duration publishInterval,
      Duration startTimeout) {
    public Settings {
      clientConfig = Map.copyOf(clientConfig);
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(instanceId, "instanceId");
      if (publishInterval.isNegative() || publishInterval.isZero()) {
        throw new IllegalArgumentException("the publish interval must be positive");
      }
    }
  }

  private KafkaUsageLedger(Settings settings, Serde<ApiKeyUsage> serde, Clock clock) {
    this.topic = settings.topic();
    this.publishInterval = settings.publishInterval();
    this.clock = clock;
    this.index = new UsageIndex(settings.instanceId());
    this.producer =
        new KafkaProducer<>(producerConfig(settings), new StringSerializer(), serde.serializer());
    this.consumer =
        new KafkaConsumer<>(
            consumerConfig(settings), new StringDeserializer(), serde.deserializer());
    this.publisher =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "usage-ledger-publisher"));
    this.reader = daemon(this::readForever, "usage-ledger-reader");
  }

  /**
   * Reads the topic to its end, then publishes and follows it in the background.
   *
   * @throws IllegalStateException when the topic is missing or not read within the timeout
   */
  public static KafkaUsageLedger start(Settings settings, Serde<ApiKeyUsage> serde, Clock clock) {
    KafkaUsageLedger ledger = new KafkaUsageLedger(settings, serde, clock);
    try {
      ledger.catchUp(settings.startTimeout());
    } catch (RuntimeException e) {
      ledger.consumer.close();
      ledger.producer.close(Duration.ZERO);
      ledger.publisher.shutdownNow();
      throw e;
    }
    ledger.reader.start();
    long interval = settings.publishInterval().toMillis();
    ledger.publisher.scheduleAtFixedRate(
        ledger::publishQuietly, interval, interval, TimeUnit.MILLISECONDS);
    return ledger;
  }

  @Override
  public KeyUsage restored(ApiKey key, LocalDate day) {
    return index.own(key, day);
  }

  @Override
  public SharedUsage others(ApiKey key, LocalDate day) {
    // Publishing instances send at least every interval while they spend; give them three.
    return index.others(key, day, clock.instant().minus(publishInterval.multipliedBy(3)));
  }

  @Override
  public void record(ApiKey key, LocalDate day, KeyUsage usage) {
    pending.put(
        index.recordKey(key, day),
        new ApiKeyUsage(
            key.provider(), key.alias(), day, usage.units(), new HashMap<>(usage.callsByMethod())));
  }

  @Override
  public Duration staleness() {
    return publishInterval.plus(POLL).plus(PROPAGATION);
  }

  /** Publishes what is pending now and waits for the broker's acknowledgement. */
  public void flush() {
    publishPending();
    producer.flush();
  }

  @Override
  public void close() {
    running = false;
    publisher.shutdown();
    consumer.wakeup();
    try {
      publisher.awaitTermination(10, TimeUnit.SECONDS);
      reader.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flush();
    producer.close(Duration.ofSeconds(10));
  }

  private void catchUp(Duration timeout) {
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, timeout).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    if (partitions.isEmpty()) {
      throw new IllegalStateException("usage topic " + topic + " does not exist");
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
    Instant deadline = Instant.now().plus(timeout);
    long read = 0;
    while (!reached(end)) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "read " + read + " usage records of " + topic + " but not its end in " + timeout);
      }
      read += pollOnce();
    }
    index.forgetBefore(today().minusDays(1));
    LOG.info("Usage of {}: read {} records up to offsets {}", topic, read, end);
  }

  private boolean reached(Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
      if (consumer.position(entry.getKey()) < entry.getValue()) {
        return false;
      }
    }
    return true;
  }

  private int pollOnce() {
    try {
      int count = 0;
      for (ConsumerRecord<String, ApiKeyUsage> record : consumer.poll(POLL)) {
        index.apply(record.key(), record.value(), clock.instant());
        count++;
      }
      return count;
    } catch (RecordDeserializationException e) {
      // One unreadable record must not stop the sharing: skip it, say where it was.
      LOG.warn(
          "Skipping unreadable usage record at {} offset {}", e.topicPartition(), e.offset(), e);
      consumer.seek(e.topicPartition(), e.offset() + 1);
      return 0;
    }
  }

  private void readForever() {
    try {
      while (running) {
        try {
          pollOnce();
        } catch (WakeupException e) {
          throw e;
        } catch (KafkaException e) {
          LOG.warn("Reading usage topic {} failed; retrying", topic, e);
        }
      }
    } catch (WakeupException ignored) {
      // close() asked the reader to stop.
    } finally {
      consumer.close();
    }
  }

  private void publishQuietly() {
    try {
      publishPending();
      index.forgetBefore(today().minusDays(1));
    } catch (KafkaException e) {
      LOG.warn("Publishing key usage to {} failed; retrying at the next interval", topic, e);
    }
  }

  private void publishPending() {
    pending.forEach(
        (recordKey, usage) -> {
          if (pending.remove(recordKey, usage)) {
            producer.send(
                new ProducerRecord<>(topic, recordKey, usage),
                (metadata, error) -> {
                  if (error != null) {
                    pending.putIfAbsent(recordKey, usage);
                    LOG.warn("Usage record {} not published to {}", recordKey, topic, error);
                  }
                });
          }
        });
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static Map<String, Object> producerConfig(Settings settings) {
    Map<String, Object> config = new HashMap<>(settings.clientConfig());
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "usage-ledger-" + settings.instanceId());
    return config;
  }

  private static Map<String, Object> consumerConfig(Settings settings) {
    Map<String, Object> config = new HashMap<>(settings.clientConfig());
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "usage-ledger-reader-" + settings.instanceId());
    return config;
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }
}
