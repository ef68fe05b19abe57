package io.chainexplorer.reliability.truth;

import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a block's call frames must yield, built by the ground truth itself: one internal transaction
 * per frame, and one factory-created contract per CREATE or CREATE2 frame below the top level that
 * took effect (neither it nor a frame above it failed) and is not known otherwise.
 */
final class TracedRecords {

  private static final int SELECTOR_HEX = 2 + 8;

  private TracedRecords() {}

  /** The internal transactions of {@code block}'s frames, with the source they were read from. */
  static List<InternalTransaction> internalTransactions(
      RawBlock block, List<RawTrace> frames, String source) {
    List<InternalTransaction> out = new ArrayList<>();
    for (RawTrace frame : frames) {
      String input = frame.getInput();
      boolean selector =
          !frame.getCallType().startsWith("create") && input.length() >= SELECTOR_HEX;
      out.add(
          InternalTransaction.newBuilder()
              .setBlockNumber(block.getBlockNumber())
              .setBlockHash(block.getBlockHash())
              .setBlockTimestamp(block.getBlockTimestamp())
              .setTransactionHash(frame.getTransactionHash())
              .setTransactionIndex(frame.getTransactionIndex())
              .setTraceAddress(frame.getTraceAddress())
              .setDepth(frame.getTraceAddress().size())
              .setCallType(frame.getCallType())
              .setFrom(frame.getFrom())
              .setTo(frame.getTo())
              .setValue(frame.getValue())
              .setGas(frame.getGas())
              .setGasUsed(frame.getGasUsed())
              .setInputSelector(selector ? input.substring(0, SELECTOR_HEX) : null)
              .setError(frame.getError())
              .setTraceSource(source)
              .setRetracted(false)
              .build());
    }
    return out;
  }

  /** {@code known} and the contracts the frames created that it does not hold yet. */
  static List<ContractCreation> contracts(
      RawBlock block, List<RawTrace> frames, List<ContractCreation> known) {
    List<ContractCreation> all = new ArrayList<>(known);
    Set<String> seen = new HashSet<>();
    known.forEach(contract -> seen.add(contract.getAddress()));
    List<RawTrace> failed = new ArrayList<>();
    for (RawTrace frame : frames) {
      if (frame.getError() != null) {
        failed.add(frame);
      }
      boolean undone = frame.getError() != null || failed.stream().anyMatch(f -> under(frame, f));
      boolean factory =
          frame.getCallType().startsWith("create") && !frame.getTraceAddress().isEmpty();
      if (!undone && factory && frame.getTo() != null && seen.add(frame.getTo())) {
        all.add(
            ContractCreation.newBuilder()
                .setBlockNumber(block.getBlockNumber())
                .setBlockHash(block.getBlockHash())
                .setBlockTimestamp(block.getBlockTimestamp())
                .setTransactionHash(frame.getTransactionHash())
                .setAddress(frame.getTo())
                .setCreator(frame.getFrom())
                .setCreatedByFactory(true)
                .setRetracted(false)
                .build());
      }
    }
    return all;
  }

  private static boolean under(RawTrace frame, RawTrace ancestor) {
    List<Integer> path = frame.getTraceAddress();
    List<Integer> prefix = ancestor.getTraceAddress();
    return frame.getTransactionHash().equals(ancestor.getTransactionHash())
        && path.size() > prefix.size()
        && path.subList(0, prefix.size()).equals(prefix);
  }
}
