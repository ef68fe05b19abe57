package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.enricher.mapping.SplitBlock;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits each raw block into its entities and, for a retraction, re-emits the entities of the
 * retracted block flagged retracted (re-split from its raw record, read back at the offset it
 * retained); emits the per-height figures of chain metrics and rejects bad records to the
 * dead-letter branch.
 */
final class LiveBlocksProcessor
    extends ContextualProcessor<byte[], ChainInput, Long, EnricherEvent> {

  static final String RETAINED_STORE = "retained-raw-offsets";
  static final String HEIGHTS_STORE = "canonical-heights";

  private static final Logger LOG = LoggerFactory.getLogger(LiveBlocksProcessor.class);

  private final BlockReader reader;
  private final Rejector rejector;
  private final TopologyMetrics metrics;
  private final int retainedBlocks;
  private final RawBlockSource rawBlocks;
  private final String rawTopic;
  private RetainedBlocks retained;
  private CanonicalHeights heights;

  LiveBlocksProcessor(
      BlockReader reader,
      Rejector rejector,
      TopologyMetrics metrics,
      EnricherSettings settings,
      String rawTopic) {
    this.reader = reader;
    this.rejector = rejector;
    this.metrics = metrics;
    this.retainedBlocks = settings.retainedBlocks();
    this.rawBlocks = settings.rawBlockSource();
    this.rawTopic = rawTopic;
  }

  @Override
  public void init(ProcessorContext<Long, EnricherEvent> context) {
    super.init(context);
    retained = new RetainedBlocks(context.getStateStore(RETAINED_STORE), retainedBlocks);
    heights = new CanonicalHeights(context.getStateStore(HEIGHTS_STORE), retainedBlocks);
  }

  @Override
  public void process(Record<byte[], ChainInput> record) {
    RecordMetadata source = context().recordMetadata().orElseThrow();
    if (record.value().kind() == ChainInput.Kind.RAW_BLOCK) {
      onRawBlock(record, source);
    } else {
      onRetraction(record, source);
    }
  }

  private void onRawBlock(Record<byte[], ChainInput> record, RecordMetadata source) {
    byte[] bytes = record.value().value();
    Read<RawBlock> raw = reader.rawBlock(source.topic(), bytes);
    if (raw instanceof Read.Failed<RawBlock> failed) {
      reject(record, source, failed);
      return;
    }
    RawBlock block = ((Read.Ok<RawBlock>) raw).value();
    Read<SplitBlock> split = reader.split(block);
    if (split instanceof Read.Failed<SplitBlock> failed) {
      reject(record, source, failed);
      return;
    }
    SplitBlock entities = ((Read.Ok<SplitBlock>) split).value();
    // counted on the live branch only: the confirmed branch sees the same blocks again later
    metrics.malformedTokenEvents(entities.malformedTokenLogs().size());
    retained.retain(
        block.getBlockNumber(),
        block.getBlockHash(),
        new RetainedBlocks.Position(source.partition(), source.offset()));
    heights.hold(block.getBlockNumber(), block.getBlockHash());
    Record<Long, ChainInput> keyed = record.withKey(block.getBlockNumber());
    context().forward(keyed.withValue(new EnricherEvent.Entities(entities)));
    context().forward(keyed.withValue(new EnricherEvent.StatsChange(entities.stats())));
  }

  private void onRetraction(Record<byte[], ChainInput> record, RecordMetadata source) {
    Read<BlockRetraction> read = reader.retraction(source.topic(), record.value().value());
    if (read instanceof Read.Failed<BlockRetraction> failed) {
      reject(record, source, failed);
      return;
    }
    BlockRetraction retraction = ((Read.Ok<BlockRetraction>) read).value();
    long number = retraction.getBlockNumber();
    RetainedBlocks.Position position = retained.take(number, retraction.getBlockHash());
    if (position == null) {
      // Never seen, already retracted or older than the retained window: nothing derived to undo.
      metrics.unmatchedRetraction();
      LOG.warn(
          "retraction of block {} at {}-{}@{} matches no retained block",
          number,
          source.topic(),
          source.partition(),
          source.offset());
      return;
    }
    Read<SplitBlock> split = reread(retraction, position);
    Record<Long, ChainInput> keyed = record.withKey(number);
    if (split instanceof Read.Ok<SplitBlock> entities) {
      context()
          .forward(keyed.withValue(new EnricherEvent.Entities(entities.value().asRetraction())));
    }
    if (heights.release(number, retraction.getBlockHash())) {
      context().forward(keyed.withValue(new EnricherEvent.StatsChange(null)));
    }
  }

  /**
   * The retracted block split again from its raw record; null (counted as unmatched) when the raw
   * topic no longer holds that record or it is not the retracted block.
   */
  private Read<SplitBlock> reread(BlockRetraction retraction, RetainedBlocks.Position position) {
    Optional<byte[]> bytes = rawBlocks.read(rawTopic, position.partition(), position.offset());
    Read<RawBlock> raw = bytes.map(value -> reader.rawBlock(rawTopic, value)).orElse(null);
    if (raw instanceof Read.Ok<RawBlock> ok
        && ok.value().getBlockHash().equals(retraction.getBlockHash())) {
      return reader.split(ok.value());
    }
    metrics.unmatchedRetraction();
    LOG.warn(
        "retraction of block {}: its raw record {}-{}@{} is no longer that block",
        retraction.getBlockNumber(),
        rawTopic,
        position.partition(),
        position.offset());
    return null;
  }

  private void reject(
      Record<byte[], ChainInput> record, RecordMetadata source, Read.Failed<?> failed) {
    EnricherEvent.Rejected rejected =
        rejector.reject(
            source,
            record.key(),
            record.value().value(),
            failed.rejection(),
            context().currentSystemTimeMs());
    context().forward(Rejector.asRecord(record, rejected));
  }
}
