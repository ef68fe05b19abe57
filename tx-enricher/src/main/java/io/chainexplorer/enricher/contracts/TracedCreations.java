package io.chainexplorer.enricher.contracts;

import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Contracts created by contract code (CREATE/CREATE2 frames below the top level), as the block's
 * traces show them: only frames that succeeded under callers that all succeeded, since a reverted
 * caller undoes its creations; addresses already known from receipts or factory events are not
 * repeated.
 */
public final class TracedCreations {

  private TracedCreations() {}

  /** Creations of {@code raw}'s traces not among {@code known}; none without traces. */
  public static List<ContractCreation> extract(RawBlock raw, List<ContractCreation> known) {
    List<RawTrace> frames = raw.getTraces();
    List<ContractCreation> created = new ArrayList<>();
    if (frames == null) {
      return created;
    }
    Set<String> seen = new HashSet<>();
    known.forEach(creation -> seen.add(creation.getAddress()));
    Set<String> failed = new HashSet<>();
    for (RawTrace frame : frames) {
      String path = path(frame, frame.getTraceAddress().size());
      if (frame.getError() != null || undone(frame, failed)) {
        failed.add(path);
        continue;
      }
      boolean creation = frame.getCallType().startsWith("create");
      if (!creation || frame.getTraceAddress().isEmpty() || frame.getTo() == null) {
        continue;
      }
      String address = frame.getTo().toLowerCase(Locale.ROOT);
      if (seen.add(address)) {
        created.add(creation(raw, frame, address));
      }
    }
    return created;
  }

  /** True when a caller of {@code frame} failed (frames come depth-first, callers first). */
  private static boolean undone(RawTrace frame, Set<String> failed) {
    for (int depth = 0; depth < frame.getTraceAddress().size(); depth++) {
      if (failed.contains(path(frame, depth))) {
        return true;
      }
    }
    return false;
  }

  private static String path(RawTrace frame, int depth) {
    return frame.getTransactionHash() + ":" + frame.getTraceAddress().subList(0, depth);
  }

  private static ContractCreation creation(RawBlock raw, RawTrace frame, String address) {
    return ContractCreation.newBuilder()
        .setBlockNumber(raw.getBlockNumber())
        .setBlockHash(raw.getBlockHash())
        .setBlockTimestamp(raw.getBlockTimestamp())
        .setTransactionHash(frame.getTransactionHash())
        .setAddress(address)
        .setCreator(frame.getFrom().toLowerCase(Locale.ROOT))
        .setCreatedByFactory(true)
        .setRetracted(false)
        .build();
  }
}
