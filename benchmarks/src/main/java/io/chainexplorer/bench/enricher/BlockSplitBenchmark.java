package io.chainexplorer.bench.enricher;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.bench.common.ReplicatedBlocks;
import io.chainexplorer.enricher.mapping.BlockSplitter;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The enricher's per-block CPU work without Kafka, on mainnet block 18,000,000 (94 transactions,
 * 291 logs): decoding the raw frame, splitting it, and encoding every entity, next to the
 * passthrough's decode and re-encode of the same frame. One op is one block.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BlockSplitBenchmark {

  private final TopicCatalogue topics = TopicCatalogue.forChain("bench-split");
  private TopicSerdes serdes;
  private Deserializer<RawBlock> rawReader;
  private Serializer<RawBlock> rawWriter;
  private RawBlock block;
  private byte[] frame;

  @Setup
  public void setUp() throws Exception {
    serdes = TopicSerdes.of(Map.of("schema.registry.url", "mock://bench-split"));
    rawReader = serdes.value(topics.rawBlocks()).deserializer();
    rawWriter = serdes.value(topics.rawBlocks()).serializer();
    block = ReplicatedBlocks.block18000000();
    frame = rawWriter.serialize(topics.rawBlocks().name(), block);
    if (!(BlockSplitter.split(block) instanceof SplitBlock)) {
      throw new IllegalStateException("block 18,000,000 does not split");
    }
  }

  @TearDown
  public void tearDown() {
    serdes.close();
  }

  @Benchmark
  public Object split() {
    return BlockSplitter.split(block);
  }

  @Benchmark
  public void decodeSplitEncode(Blackhole sink) {
    SplitBlock split =
        (SplitBlock) BlockSplitter.split(rawReader.deserialize(topics.rawBlocks().name(), frame));
    sink.consume(
        encode(
            topics.blocks().name(),
            serdes.value(topics.blocks()).serializer(),
            List.of(split.block())));
    sink.consume(
        encode(
            topics.transactions().name(),
            serdes.value(topics.transactions()).serializer(),
            split.transactions()));
    sink.consume(
        encode(topics.logs().name(), serdes.value(topics.logs()).serializer(), split.logs()));
    sink.consume(
        encode(
            topics.tokenTransfers().name(),
            serdes.value(topics.tokenTransfers()).serializer(),
            split.tokenTransfers()));
    sink.consume(
        encode(
            topics.contracts().name(),
            serdes.value(topics.contracts()).serializer(),
            split.contracts()));
  }

  @Benchmark
  public byte[] passthroughDecodeEncode() {
    return rawWriter.serialize(
        "bench-split.passthrough.v1", rawReader.deserialize(topics.rawBlocks().name(), frame));
  }

  private static <T> long encode(String topic, Serializer<T> serializer, List<T> records) {
    long bytes = 0;
    for (T value : records) {
      bytes += serializer.serialize(topic, value).length;
    }
    return bytes;
  }
}
