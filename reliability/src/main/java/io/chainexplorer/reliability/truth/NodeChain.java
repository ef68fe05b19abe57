package io.chainexplorer.reliability.truth;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
import io.chainexplorer.cli.verify.DerivedEntity;
import io.chainexplorer.enricher.mapping.BlockSplitter;
import io.chainexplorer.enricher.mapping.InvalidBlock;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.enricher.mapping.SplitOutcome;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import io.chainexplorer.sink.scylla.mapping.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The canonical chain of a block range as the node serves it after a run, with what the enricher's
 * own mapping derives from each block: the expected contents of every store. When the node is
 * traced, the internal transactions and factory-created contracts come from the truth's own reading
 * of the node's call frames ({@link NodeTraces}, {@link TracedRecords}), never from the enricher's.
 */
public final class NodeChain {

  /** The trace source the truth reads frames with, as the poller names it in the records. */
  static final String CALL_TRACER = "debug_traceBlockByNumber/callTracer";

  private final long from;
  private final long to;
  private final List<RawBlock> blocks;
  private final List<SplitBlock> splits;

  /** The raw blocks with their frames as the poller publishes them, when traced. */
  private final List<RawBlock> published;

  private NodeChain(
      long from,
      long to,
      List<RawBlock> blocks,
      List<SplitBlock> splits,
      List<RawBlock> published) {
    this.from = from;
    this.to = to;
    this.blocks = List.copyOf(blocks);
    this.splits = List.copyOf(splits);
    this.published = List.copyOf(published);
  }

  /**
   * Reads blocks {@code from..to} back from {@code source}.
   *
   * @throws IllegalStateException when the node lacks a block of the range or serves an invalid one
   * @throws RpcException when the node cannot serve a block
   */
  public static NodeChain fetch(BlockSource source, long from, long to) throws RpcException {
    return of(from, to, read(source, from, to));
  }

  /**
   * Reads blocks {@code from..to} back from {@code source}, and their call frames from {@code
   * traces}: the chain of a pipeline that fetches traces.
   *
   * @throws IllegalStateException when the node lacks a block, serves an invalid one or cannot
   *     trace one
   * @throws RpcException when the node cannot serve a block
   */
  public static NodeChain fetchTraced(BlockSource source, NodeTraces traces, long from, long to)
      throws RpcException {
    List<RawBlock> blocks = read(source, from, to);
    List<List<RawTrace>> frames = new ArrayList<>();
    for (RawBlock block : blocks) {
      frames.add(traces.of(block));
    }
    return traced(from, to, blocks, frames);
  }

  private static List<RawBlock> read(BlockSource source, long from, long to) throws RpcException {
    List<RawBlock> blocks = new ArrayList<>();
    for (long number = from; number <= to; number++) {
      Optional<RawBlock> block = source.blockByNumber(number);
      if (block.isEmpty()) {
        throw new IllegalStateException("the node has no block " + number);
      }
      blocks.add(block.get());
    }
    return blocks;
  }

  /** The chain of the given canonical blocks, one per height of {@code from..to}, untraced. */
  public static NodeChain of(long from, long to, List<RawBlock> blocks) {
    List<SplitBlock> splits = new ArrayList<>();
    for (RawBlock block : blocks) {
      splits.add(split(block));
    }
    return new NodeChain(from, to, blocks, splits, blocks);
  }

  /**
   * The chain of the given untraced canonical blocks and each block's call frames ({@code frames},
   * in block order), as the node's callTracer shows them.
   */
  public static NodeChain traced(
      long from, long to, List<RawBlock> blocks, List<List<RawTrace>> frames) {
    List<SplitBlock> splits = new ArrayList<>();
    List<RawBlock> published = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      RawBlock block = blocks.get(i);
      List<RawTrace> blockFrames = frames.get(i);
      SplitBlock split = split(block);
      splits.add(
          new SplitBlock(
              split.block(),
              split.transactions(),
              split.logs(),
              split.tokenTransfers(),
              TracedRecords.contracts(block, blockFrames, split.contracts()),
              TracedRecords.internalTransactions(block, blockFrames, CALL_TRACER),
              split.stats(),
              split.malformedTokenLogs()));
      published.add(RawBlock.newBuilder(block).setTraces(blockFrames).build());
    }
    return new NodeChain(from, to, blocks, splits, published);
  }

  private static SplitBlock split(RawBlock block) {
    SplitOutcome outcome = BlockSplitter.split(block);
    if (outcome instanceof InvalidBlock invalid) {
      throw new IllegalStateException("the node served an invalid block: " + invalid.reason());
    }
    return (SplitBlock) outcome;
  }

  public long from() {
    return from;
  }

  public long to() {
    return to;
  }

  public List<SplitBlock> splits() {
    return splits;
  }

  /** The raw blocks the poller's topic must hold. */
  public ExpectedChain rawBlocks() {
    ExpectedChain.Builder chain = canonical(from, to).entity(AvroRecords.RAW_BLOCK);
    published.forEach(block -> chain.add(AvroRecords.rawBlock(block)));
    return chain.build();
  }

  /**
   * The derived records of blocks {@code first..last} (within this chain's range), as the
   * enricher's topics and the cold store hold them.
   */
  public ExpectedChain derived(long first, long last) {
    ExpectedChain.Builder chain = canonical(first, last);
    for (DerivedEntity entity : DerivedEntity.values()) {
      chain.entity(AvroRecords.entityName(entity));
    }
    chain.entity(InternalFrames.ENTITY);
    for (SplitBlock split : splits) {
      if (split.block().getBlockNumber() >= first && split.block().getBlockNumber() <= last) {
        for (DerivedEntity entity : DerivedEntity.values()) {
          entity.recordsOf(split).forEach(r -> chain.add(AvroRecords.derived(entity, r)));
        }
        split.internalTransactions().forEach(r -> chain.add(InternalFrames.of(r)));
      }
    }
    return chain.build();
  }

  /** Every derived record of the chain. */
  public ExpectedChain derived() {
    return derived(from, to);
  }

  /** The rows of the hot tables the chain's records imply. */
  public ExpectedChain hotRows() {
    ExpectedChain.Builder chain = canonical(from, to);
    HotRows.TABLES.forEach(table -> chain.entity(table.name()));
    splits.forEach(split -> HotRows.of(split).forEach(chain::add));
    return chain.build();
  }

  /**
   * The decoded calls and events the chain implies for a decoder with {@code knowledge}: as the
   * decoded topics hold them ({@code inTable} false) or as the sink's decoded tables do.
   */
  public ExpectedChain decoded(DecoderKnowledge knowledge, boolean inTable) {
    ExpectedChain.Builder chain = canonical(from, to);
    if (inTable) {
      chain.entity(Tables.DECODED_CALLS_BY_CONTRACT.name());
      chain.entity(Tables.DECODED_EVENTS_BY_CONTRACT.name());
    } else {
      chain.entity(DecodedRecord.CALL).entity(DecodedRecord.EVENT);
    }
    for (DecodedRecord record : DecodedChain.of(blocks, knowledge)) {
      chain.add(inTable ? record.inTable() : record.inTopic());
    }
    return chain.build();
  }

  private ExpectedChain.Builder canonical(long first, long last) {
    ExpectedChain.Builder chain = ExpectedChain.builder(first, last);
    blocks.forEach(block -> chain.canonical(block.getBlockNumber(), block.getBlockHash()));
    return chain;
  }
}
