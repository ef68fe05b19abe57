package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Maps a raw block's call frames to {@code internal-transactions} records, one per frame in block
 * order; none when the block carries no traces. Both trace formats arrive already normalised by the
 * poller, so the source only names where they came from.
 */
public final class InternalTransactionMapper {

  /** What the record's source says when the raw block does not name its trace method. */
  static final String UNKNOWN_SOURCE = "unknown";

  private static final Pattern SELECTOR = Pattern.compile("0x[0-9a-fA-F]{8}.*");

  private InternalTransactionMapper() {}

  public static List<InternalTransaction> map(RawBlock raw) {
    List<RawTrace> frames = raw.getTraces();
    if (frames == null || frames.isEmpty()) {
      return List.of();
    }
    String source =
        raw.getProvenance().getTraces() == null
            ? UNKNOWN_SOURCE
            : raw.getProvenance().getTraces().getMethod();
    List<InternalTransaction> out = new ArrayList<>(frames.size());
    for (RawTrace frame : frames) {
      out.add(
          InternalTransaction.newBuilder()
              .setBlockNumber(raw.getBlockNumber())
              .setBlockHash(raw.getBlockHash())
              .setBlockTimestamp(raw.getBlockTimestamp())
              .setTransactionHash(frame.getTransactionHash())
              .setTransactionIndex(frame.getTransactionIndex())
              .setTraceAddress(new ArrayList<>(frame.getTraceAddress()))
              .setDepth(frame.getTraceAddress().size())
              .setCallType(frame.getCallType())
              .setFrom(frame.getFrom())
              .setTo(frame.getTo())
              .setValue(frame.getValue())
              .setGas(frame.getGas())
              .setGasUsed(frame.getGasUsed())
              .setInputSelector(selector(frame))
              .setError(frame.getError())
              .setTraceSource(source)
              .setRetracted(false)
              .build());
    }
    return out;
  }

  /** Key of the internal-transactions topic: {@code txHash:traceAddress}. */
  public static String key(InternalTransaction frame) {
    return TopicKeys.internalTransaction(frame.getTransactionHash(), frame.getTraceAddress());
  }

  /** The first 4 bytes of call data; none for creations, whose input is init code. */
  private static String selector(RawTrace frame) {
    String input = frame.getInput();
    if (frame.getCallType().startsWith("create") || !SELECTOR.matcher(input).matches()) {
      return null;
    }
    return input.substring(0, 10).toLowerCase(Locale.ROOT);
  }
}
