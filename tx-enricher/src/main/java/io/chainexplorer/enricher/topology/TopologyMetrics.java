package io.chainexplorer.enricher.topology;

import io.chainexplorer.enricher.errors.DeadLetterMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The topology's own counters: dead letters by reason, retractions that match no retained block,
 * and token events skipped inside otherwise valid blocks.
 */
final class TopologyMetrics {

  static final String UNMATCHED_RETRACTIONS = "chainexplorer.enricher.retractions.unmatched";
  static final String MALFORMED_TOKEN_EVENTS = "chainexplorer.enricher.token.events.malformed";

  private final DeadLetterMetrics deadLetters;
  private final Counter unmatchedRetractions;
  private final Counter malformedTokenEvents;

  TopologyMetrics(MeterRegistry registry) {
    deadLetters = new DeadLetterMetrics(registry);
    unmatchedRetractions =
        Counter.builder(UNMATCHED_RETRACTIONS)
            .description("Retractions of blocks the enricher does not retain")
            .register(registry);
    malformedTokenEvents =
        Counter.builder(MALFORMED_TOKEN_EVENTS)
            .description("Token transfer events skipped because their encoding was bad")
            .register(registry);
  }

  DeadLetterMetrics deadLetters() {
    return deadLetters;
  }

  void unmatchedRetraction() {
    unmatchedRetractions.increment();
  }

  void malformedTokenEvents(int count) {
    malformedTokenEvents.increment(count);
  }
}
