package io.chainexplorer.poller.publish;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.PollerCursor;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.TokenMetadata;
import io.chainexplorer.poller.chain.BlockRef;
import io.chainexplorer.poller.chain.ChainStep;
import io.chainexplorer.poller.chain.StepSink;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.tokens.TokenMetadataReader;
import io.chainexplorer.poller.tokens.TokenTracker;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each chain step in one Kafka transaction: its retractions (newest first), its blocks
 * (oldest first), the blocks it makes {@code confirmations} deep to the confirmed raw-blocks topic
 * of the cold layer, the metadata of the tokens its blocks show for the first time, and the cursor
 * (tip and reorg window), so read_committed consumers and a restarted poller see all of a step or
 * none of it. Opening it fences any older producer of the same transactional id, so a zombie leader
 * can no longer commit.
 */
public final class BlockPublisher implements StepSink, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BlockPublisher.class);
  private static final Duration CURSOR_READ_TIMEOUT = Duration.ofSeconds(30);

  private final PollerConfig config;
  private final TopicCatalogue topics;
  private final Clock clock;
  private final PublishMetrics metrics;
  private final Producer<byte[], byte[]> producer;
  private final SpecificAvroSerde<RawBlock> blocks = new SpecificAvroSerde<>(RawBlock.class);
  private final SpecificAvroSerde<BlockRetraction> retractions =
      new SpecificAvroSerde<>(BlockRetraction.class);
  private final SpecificAvroSerde<PollerCursor> cursors =
      new SpecificAvroSerde<>(PollerCursor.class);
  private final LongSerializer numbers = new LongSerializer();
  private final StringSerializer strings = new StringSerializer();
  private final SpecificAvroSerde<TokenMetadata> tokenRecords =
      new SpecificAvroSerde<>(TokenMetadata.class);
  private TokenTracker tokens;

  private BlockPublisher(
      PollerConfig config,
      TopicCatalogue topics,
      Clock clock,
      PublishMetrics metrics,
      Producer<byte[], byte[]> producer) {
    this.config = config;
    this.topics = topics;
    this.clock = clock;
    this.metrics = metrics;
    this.producer = producer;
    blocks.configure(config.serdeConfig(), false);
    retractions.configure(config.serdeConfig(), false);
    cursors.configure(config.serdeConfig(), false);
    tokenRecords.configure(config.serdeConfig(), false);
  }

  /**
   * Opens the transactional producer, fencing any previous instance with the same transactional id
   * and completing its open transaction, so that the cursor read next is final.
   */
  public static BlockPublisher open(PollerConfig config, TopicCatalogue topics, Clock clock) {
    return open(config, topics, clock, new PublishMetrics());
  }

  /** As {@link #open(PollerConfig, TopicCatalogue, Clock)}, counting transactions in metrics. */
  public static BlockPublisher open(
      PollerConfig config, TopicCatalogue topics, Clock clock, PublishMetrics metrics) {
    KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(KafkaSettings.transactionalProducer(config));
    try {
      producer.initTransactions();
    } catch (KafkaException e) {
      producer.close(Duration.ZERO);
      throw e;
    }
    LOG.info("publisher of {} open", topics.chain());
    return new BlockPublisher(config, topics, clock, metrics, producer);
  }

  /** The last committed cursor of the chain, empty on a first start. */
  public Optional<PollerCursor> recoverCursor() {
    Optional<PollerCursor> cursor =
        CursorReader.read(config, topics.pollerCursor(), CURSOR_READ_TIMEOUT);
    cursor.ifPresentOrElse(
        c ->
            LOG.info(
                "resuming {} after block {} with {} recent hashes",
                topics.chain(),
                c.getBlockNumber(),
                c.getRecentBlocks().size()),
        () -> LOG.info("no cursor for {}: first start", topics.chain()));
    return cursor;
  }

  /**
   * From now on, publishes with each step the metadata of the tokens its blocks show that the
   * tokens topic does not have yet, read by {@code reader}.
   */
  public void readTokens(TokenMetadataReader reader) {
    tokens =
        new TokenTracker(
            reader, TokensTopicReader.read(config, topics.tokens(), CURSOR_READ_TIMEOUT));
    LOG.info("{} tokens of {} already have metadata", tokens.knownCount(), topics.chain());
  }

  /** The window of a recovered cursor, oldest first. */
  public static List<BlockRef> window(PollerCursor cursor) {
    return cursor.getRecentBlocks().stream().map(BlockRef::of).toList();
  }

  /**
   * Publishes the step in one transaction.
   *
   * @throws PublisherFencedException when another instance took over: this one must stop
   * @throws KafkaException when the transaction failed; it was aborted, nothing is visible
   */
  @Override
  public void publish(ChainStep step) {
    // Read before the transaction opens: its timeout then counts Kafka's time only.
    List<TokenMetadata> metadata = tokens == null ? List.of() : tokens.due(step.blocks());
    producer.beginTransaction();
    try {
      for (BlockRetraction retraction : step.retractions()) {
        send(
            topics.blockRetractions().name(), retraction.getBlockNumber(), retractions, retraction);
      }
      for (RawBlock block : step.blocks()) {
        send(topics.rawBlocks().name(), block.getBlockNumber(), blocks, block);
      }
      for (RawBlock block : step.confirmedBlocks()) {
        send(topics.confirmedRawBlocks().name(), block.getBlockNumber(), blocks, block);
      }
      String tokensTopic = topics.tokens().name();
      for (TokenMetadata token : metadata) {
        producer.send(
            new ProducerRecord<>(
                tokensTopic,
                strings.serialize(tokensTopic, token.getAddress()),
                tokenRecords.serializer().serialize(tokensTopic, token)));
      }
      String cursorTopic = topics.pollerCursor().name();
      producer.send(
          new ProducerRecord<>(
              cursorTopic,
              strings.serialize(cursorTopic, config.chainName()),
              cursors.serializer().serialize(cursorTopic, cursor(step))));
      producer.commitTransaction();
      metrics.committed();
    } catch (ProducerFencedException | InvalidProducerEpochException e) {
      throw new PublisherFencedException(
          "publisher of "
              + topics.chain()
              + " fenced by a newer instance at block "
              + step.tip().getBlockNumber(),
          e);
    } catch (OutOfOrderSequenceException | AuthorizationException e) {
      throw e;
    } catch (KafkaException e) {
      abortQuietly(e);
      metrics.aborted();
      throw e;
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
    blocks.close();
    retractions.close();
    cursors.close();
    tokenRecords.close();
  }

  private <V extends SpecificRecord> void send(
      String topic, long number, SpecificAvroSerde<V> serde, V value) {
    producer.send(
        new ProducerRecord<>(
            topic, numbers.serialize(topic, number), serde.serializer().serialize(topic, value)));
  }

  private PollerCursor cursor(ChainStep step) {
    return PollerCursor.newBuilder()
        .setChain(config.chainName())
        .setBlockNumber(step.tip().getBlockNumber())
        .setBlockHash(step.tip().getBlockHash())
        .setRecentBlocks(step.window().stream().map(BlockRef::toCursorBlock).toList())
        .setUpdatedAt(clock.instant())
        .build();
  }

  private void abortQuietly(KafkaException cause) {
    try {
      producer.abortTransaction();
    } catch (KafkaException e) {
      cause.addSuppressed(e);
    }
  }
}
