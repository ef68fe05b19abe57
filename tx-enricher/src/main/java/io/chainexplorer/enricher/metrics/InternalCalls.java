package io.chainexplorer.enricher.metrics;

import io.chainexplorer.avro.InternalTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The internal transactions of a traced block as the chain metrics count them: every frame below a
 * top-level call, and the wei moved by those that took effect.
 *
 * @param count call frames at depth 1 or more, failed ones included
 * @param valueMoved wei moved by calls, creations and self-destructs that neither failed nor sit
 *     under a failed frame (a failure undoes its whole subtree); delegate, static and code calls
 *     move nothing, whatever value their frame repeats
 */
public record InternalCalls(long count, BigDecimal valueMoved) {

  private static final Set<String> MOVING_VALUE =
      Set.of("call", "create", "create2", "selfdestruct");

  public InternalCalls {
    Objects.requireNonNull(valueMoved, "valueMoved");
  }

  /** The figures of one block's frames, in the enricher's depth-first order. */
  public static InternalCalls of(List<InternalTransaction> frames) {
    long count = 0;
    BigDecimal moved = BigDecimal.ZERO;
    List<InternalTransaction> failed = new ArrayList<>();
    for (InternalTransaction frame : frames) {
      boolean undone = frame.getError() != null || failed.stream().anyMatch(f -> under(frame, f));
      if (frame.getError() != null) {
        failed.add(frame);
      }
      if (frame.getTraceAddress().isEmpty()) {
        continue;
      }
      count++;
      if (!undone && MOVING_VALUE.contains(frame.getCallType())) {
        moved = moved.add(frame.getValue());
      }
    }
    return new InternalCalls(count, moved);
  }

  /** Whether {@code frame} sits in the subtree of {@code ancestor} (same transaction). */
  private static boolean under(InternalTransaction frame, InternalTransaction ancestor) {
    List<Integer> path = frame.getTraceAddress();
    List<Integer> prefix = ancestor.getTraceAddress();
    return frame.getTransactionHash().equals(ancestor.getTransactionHash())
        && path.size() > prefix.size()
        && path.subList(0, prefix.size()).equals(prefix);
  }
}
