package io.chainexplorer.enricher.topology;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Serde of a minute's running aggregate in its state store and changelog. */
final class MinuteMetricsSerde implements Serde<MinuteMetrics> {

  @Override
  public Serializer<MinuteMetrics> serializer() {
    return (topic, metrics) -> Codec.encode(metrics, MinuteMetricsSerde::write);
  }

  @Override
  public Deserializer<MinuteMetrics> deserializer() {
    return (topic, data) -> Codec.decode(data, MinuteMetricsSerde::read);
  }

  private static void write(DataOutputStream out, MinuteMetrics metrics) throws IOException {
    out.writeLong(metrics.blockCount());
    out.writeLong(metrics.transactionCount());
    out.writeLong(metrics.gasUsed());
    Codec.writeDecimal(out, metrics.feesPaid());
    Codec.writeDecimal(out, metrics.baseFeeSum());
    out.writeLong(metrics.baseFeeBlocks());
    out.writeInt(metrics.senderBlocks().size());
    for (Map.Entry<String, Integer> sender : metrics.senderBlocks().entrySet()) {
      out.writeUTF(sender.getKey());
      out.writeInt(sender.getValue());
    }
    // Appended last, so aggregates written before internal calls were counted still read.
    out.writeLong(metrics.tracedBlocks());
    out.writeLong(metrics.internalCalls());
    Codec.writeDecimal(out, metrics.internalValueMoved());
  }

  private static MinuteMetrics read(DataInputStream in) throws IOException {
    long blocks = in.readLong();
    long transactions = in.readLong();
    long gasUsed = in.readLong();
    var fees = Codec.readDecimal(in);
    var baseFeeSum = Codec.readDecimal(in);
    long baseFeeBlocks = in.readLong();
    int count = in.readInt();
    Map<String, Integer> senders = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      senders.put(in.readUTF(), in.readInt());
    }
    if (in.available() == 0) {
      return new MinuteMetrics(
          blocks,
          transactions,
          gasUsed,
          fees,
          baseFeeSum,
          baseFeeBlocks,
          senders,
          0,
          0,
          BigDecimal.ZERO);
    }
    return new MinuteMetrics(
        blocks,
        transactions,
        gasUsed,
        fees,
        baseFeeSum,
        baseFeeBlocks,
        senders,
        in.readLong(),
        in.readLong(),
        Codec.readDecimal(in));
  }
}
