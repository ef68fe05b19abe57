package io.chainexplorer.bench.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The path of one block from the node to the hot store, as {@link System#nanoTime()} instants: seen
 * at the node's head, raw block committed in Kafka, enriched block and transactions committed, all
 * rows readable in the store; a Kafka instant is 0 when it was not observed.
 *
 * @param stampedBeforeMillis wall-clock milliseconds from the block's timestamp to the node's head
 *     reaching it: the node's part (anvil stamps a block when it starts mining it, whole seconds)
 * @param sentAfterMillis wall-clock milliseconds from the node's head to the poller's send of the
 *     raw block (its record timestamp), -1 when not observed
 */
record BlockTiming(
    long number,
    long stampedBeforeMillis,
    long seen,
    long sentAfterMillis,
    long rawCommitted,
    long enrichedCommitted,
    long readable) {

  /** Node to rows readable, in milliseconds. */
  double totalMillis() {
    return millis(seen, readable);
  }

  /** Node to raw block committed, in milliseconds; NaN when not observed. */
  double rawMillis() {
    return rawCommitted == 0 ? Double.NaN : millis(seen, rawCommitted);
  }

  /** Node to raw block sent by the poller (its wait, fetch and checks), in milliseconds. */
  double sentMillis() {
    return sentAfterMillis < 0 ? Double.NaN : sentAfterMillis;
  }

  /** Raw block sent to committed (the poller's transaction), in milliseconds. */
  double commitMillis() {
    return sentAfterMillis < 0 || rawCommitted == 0 ? Double.NaN : rawMillis() - sentAfterMillis;
  }

  /** Raw block committed to enriched records committed, in milliseconds; NaN when not observed. */
  double enrichMillis() {
    return rawCommitted == 0 || enrichedCommitted == 0
        ? Double.NaN
        : millis(rawCommitted, enrichedCommitted);
  }

  /** Enriched records committed to rows readable, in milliseconds; NaN when not observed. */
  double sinkMillis() {
    return enrichedCommitted == 0 ? Double.NaN : millis(enrichedCommitted, readable);
  }

  /** The block and its hops, for a report line. */
  String describe() {
    return String.format(
        "block %d: %.0f ms (raw sent %.0f, committed %.0f, enrich %.0f, sink %.0f ms)",
        number, totalMillis(), sentMillis(), rawMillis(), enrichMillis(), sinkMillis());
  }

  /** Percentiles of each hop and of the whole path over {@code timings}, by hop name. */
  static Map<String, Percentiles> hops(List<BlockTiming> timings) {
    Map<String, Percentiles> hops = new LinkedHashMap<>();
    hops.put("(block timestamp -> node head, not ours)", of(timings, t -> t.stampedBeforeMillis));
    hops.put("node -> raw block sent", of(timings, BlockTiming::sentMillis));
    hops.put("raw sent -> committed", of(timings, BlockTiming::commitMillis));
    hops.put("node -> raw block committed", of(timings, BlockTiming::rawMillis));
    hops.put("raw -> enriched committed", of(timings, BlockTiming::enrichMillis));
    hops.put("enriched -> Scylla rows", of(timings, BlockTiming::sinkMillis));
    hops.put("node -> Scylla rows", of(timings, BlockTiming::totalMillis));
    return hops;
  }

  private static Percentiles of(List<BlockTiming> timings, ToDoubleFunction<BlockTiming> hop) {
    return Percentiles.of(
        timings.stream().mapToDouble(hop).filter(ms -> !Double.isNaN(ms)).boxed().toList());
  }

  private static double millis(long from, long to) {
    return (to - from) / 1e6;
  }
}
