package io.chainexplorer.enricher.errors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/** Counts dead-lettered records by reason: {@code chainexplorer.enricher.dead.letters{reason}}. */
public final class DeadLetterMetrics {

  public static final String DEAD_LETTERS = "chainexplorer.enricher.dead.letters";

  private final Map<DeadLetterReason, Counter> counters = new EnumMap<>(DeadLetterReason.class);

  public DeadLetterMetrics(MeterRegistry registry) {
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      counters.put(
          reason,
          Counter.builder(DEAD_LETTERS)
              .description("Input records sent to the dead-letter topic")
              .tag("reason", reason.tag())
              .register(registry));
    }
  }

  public void record(DeadLetterReason reason) {
    counters.get(reason).increment();
  }
}
