package io.chainexplorer.bench.decoder;

import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.schemas.topics.TopicSpec;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** The baseline: reads transactions and logs and writes them unchanged, through the same serdes. */
final class DecoderInputPassthrough {

  private DecoderInputPassthrough() {}

  static Topology build(
      TopicSpec<String, ?> transactions, TopicSpec<String, ?> logs, TopicSerdes serdes) {
    StreamsBuilder builder = new StreamsBuilder();
    copy(builder, transactions, serdes, "transactions");
    copy(builder, logs, serdes, "logs");
    return builder.build();
  }

  static String output(String name) {
    return "passthrough." + name;
  }

  private static <V> void copy(
      StreamsBuilder builder, TopicSpec<String, V> topic, TopicSerdes serdes, String name) {
    builder.stream(
            topic.name(),
            Consumed.with(serdes.key(topic), serdes.value(topic)).withName("read-" + name))
        .to(
            output(name),
            Produced.with(serdes.key(topic), serdes.value(topic)).withName("write-" + name));
  }
}
