package io.chainexplorer.enricher.errors;

import io.chainexplorer.schemas.deadletter.DeadLetterReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Counts dead-lettered records by reason: {@code chainexplorer.enricher.dead.letters{reason}}. */
public final class DeadLetterMetrics {

  public static final String DEAD_LETTERS = "chainexplorer.enricher.dead.letters";

  /** The reasons the enricher dead-letters for, each with its counter from the start. */
  public static final Set<DeadLetterReason> REASONS =
      Collections.unmodifiableSet(
          EnumSet.of(
              DeadLetterReason.UNDESERIALIZABLE,
              DeadLetterReason.INVALID_BLOCK,
              DeadLetterReason.INVALID_FIELD));

  private final Map<DeadLetterReason, Counter> counters = new EnumMap<>(DeadLetterReason.class);

  public DeadLetterMetrics(MeterRegistry registry) {
    for (DeadLetterReason reason : REASONS) {
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
