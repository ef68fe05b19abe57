package io.chainexplorer.bench.enricher;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.schemas.topics.TopicSpec;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** The baseline: reads raw blocks and writes them unchanged, through the same Avro serdes. */
final class RawBlockPassthrough {

  private RawBlockPassthrough() {}

  static Topology build(
      TopicSpec<Long, RawBlock> raw, Serde<Long> keys, Serde<RawBlock> values, String output) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(raw.name(), Consumed.with(keys, values).withName("read-raw"))
        .to(output, Produced.with(keys, values).withName("write-raw"));
    return builder.build();
  }
}
