package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.enricher.mapping.SplitBlock;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Splits each confirmed raw block into its entities; no retraction can reach this branch. */
final class ConfirmedBlocksProcessor
    extends ContextualProcessor<byte[], byte[], Long, EnricherEvent> {

  private final BlockReader reader;
  private final Rejector rejector;

  ConfirmedBlocksProcessor(BlockReader reader, Rejector rejector) {
    this.reader = reader;
    this.rejector = rejector;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    RecordMetadata source = context().recordMetadata().orElseThrow();
    Read<RawBlock> raw = reader.rawBlock(source.topic(), record.value());
    Read<SplitBlock> split =
        raw instanceof Read.Ok<RawBlock> ok
            ? reader.split(ok.value())
            : new Read.Failed<>(((Read.Failed<RawBlock>) raw).rejection());
    if (split instanceof Read.Ok<SplitBlock> entities) {
      long number = entities.value().block().getBlockNumber();
      context()
          .forward(record.withKey(number).withValue(new EnricherEvent.Entities(entities.value())));
      return;
    }
    EnricherEvent.Rejected rejected =
        rejector.reject(
            source,
            record.key(),
            record.value(),
            ((Read.Failed<SplitBlock>) split).rejection(),
            context().currentSystemTimeMs());
    context().forward(Rejector.asRecord(record, rejected));
  }
}
