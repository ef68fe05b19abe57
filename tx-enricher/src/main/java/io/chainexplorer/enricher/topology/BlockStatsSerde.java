package io.chainexplorer.enricher.topology;

import io.chainexplorer.enricher.metrics.BlockStats;
import io.chainexplorer.enricher.metrics.InternalCalls;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Serde of one block's figures in the per-height table and its repartition topics. */
final class BlockStatsSerde implements Serde<BlockStats> {

  @Override
  public Serializer<BlockStats> serializer() {
    return (topic, stats) -> Codec.encode(stats, BlockStatsSerde::write);
  }

  @Override
  public Deserializer<BlockStats> deserializer() {
    return (topic, data) -> Codec.decode(data, BlockStatsSerde::read);
  }

  private static void write(DataOutputStream out, BlockStats stats) throws IOException {
    out.writeLong(stats.blockNumber());
    out.writeUTF(stats.blockHash());
    out.writeLong(stats.blockTimestamp());
    out.writeLong(stats.transactionCount());
    out.writeLong(stats.gasUsed());
    Codec.writeDecimal(out, stats.feesPaid());
    Codec.writeDecimal(out, stats.baseFeePerGas());
    out.writeInt(stats.senders().size());
    for (String sender : stats.senders()) {
      out.writeUTF(sender);
    }
    // Appended last, so figures written before internal calls were counted still read.
    InternalCalls internal = stats.internalCalls();
    out.writeBoolean(internal != null);
    if (internal != null) {
      out.writeLong(internal.count());
      Codec.writeDecimal(out, internal.valueMoved());
    }
  }

  private static BlockStats read(DataInputStream in) throws IOException {
    long number = in.readLong();
    String hash = in.readUTF();
    long timestamp = in.readLong();
    long transactions = in.readLong();
    long gasUsed = in.readLong();
    var fees = Codec.readDecimal(in);
    var baseFee = Codec.readDecimal(in);
    int count = in.readInt();
    Set<String> senders = new HashSet<>(count * 2);
    for (int i = 0; i < count; i++) {
      senders.add(in.readUTF());
    }
    InternalCalls internal = null;
    if (in.available() > 0 && in.readBoolean()) {
      internal = new InternalCalls(in.readLong(), Codec.readDecimal(in));
    }
    return new BlockStats(
        number, hash, timestamp, transactions, gasUsed, fees, baseFee, senders, internal);
  }
}
