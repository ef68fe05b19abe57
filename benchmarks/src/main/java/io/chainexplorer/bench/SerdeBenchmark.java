package io.chainexplorer.bench;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.schemas.registry.MockSchemaRegistry;
import io.chainexplorer.schemas.serde.SpecificAvroSerde;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Serialize + deserialize of one ~200-transaction raw block: our wire-format serde (mock registry,
 * schema id already cached) against bare Avro on the same record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerdeBenchmark {

  private static final String TOPIC = "eth.blocks.raw";
  private static final String SCOPE = "serde-benchmark";

  private RawBlock block;
  private SpecificAvroSerde<RawBlock> serde;
  private Serializer<RawBlock> serializer;
  private Deserializer<RawBlock> deserializer;
  private SpecificDatumWriter<RawBlock> bareWriter;
  private SpecificDatumReader<RawBlock> bareReader;
  private ByteArrayOutputStream bareOut;
  private BinaryEncoder bareEncoder;
  private BinaryDecoder bareDecoder;

  @Setup
  public void setUp() {
    block = new RawBlockGenerator(18_000_000L).block(200);
    serde = new SpecificAvroSerde<>(RawBlock.class);
    serde.configure(Map.of("schema.registry.url", "mock://" + SCOPE), false);
    serializer = serde.serializer();
    deserializer = serde.deserializer();
    // Warm-up call: registers the schema and caches its id, as a running producer would have.
    deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, block));
    bareWriter = new SpecificDatumWriter<>(RawBlock.class);
    bareReader = new SpecificDatumReader<>(RawBlock.class);
    bareOut = new ByteArrayOutputStream(64 * 1024);
  }

  @TearDown
  public void tearDown() {
    serde.close();
    MockSchemaRegistry.dropScope(SCOPE);
  }

  /** Our serde: Confluent frame out, RawBlock back. */
  @Benchmark
  public RawBlock wireFormatSerde() {
    return deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, block));
  }

  /** Bare Avro: SpecificDatumWriter/BinaryEncoder then SpecificDatumReader/BinaryDecoder. */
  @Benchmark
  public RawBlock bareAvro() throws IOException {
    bareOut.reset();
    bareEncoder = EncoderFactory.get().binaryEncoder(bareOut, bareEncoder);
    bareWriter.write(block, bareEncoder);
    bareEncoder.flush();
    byte[] bytes = bareOut.toByteArray();
    bareDecoder = DecoderFactory.get().binaryDecoder(bytes, bareDecoder);
    return bareReader.read(null, bareDecoder);
  }

  /** Size of the benchmarked block's frame, printed by {@code main} for the report. */
  public static void main(String[] args) {
    SerdeBenchmark benchmark = new SerdeBenchmark();
    benchmark.setUp();
    int frame = benchmark.serializer.serialize(TOPIC, benchmark.block).length;
    System.out.printf(
        "transactions=%d receipts logs=%d frame bytes=%d%n",
        benchmark.block.getTransactions().size(),
        benchmark.block.getReceipts().stream().mapToInt(r -> r.getLogs().size()).sum(),
        frame);
    benchmark.tearDown();
  }
}
