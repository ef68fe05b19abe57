package io.chainexplorer.decoder.errors;

import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.schemas.deadletter.DeadLetterReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decoder's meters: {@code chainexplorer.decoder.outcomes{kind,outcome,source}} counts every
 * input record exactly once (decoded, unknown, malformed, skipped or poison), and {@code
 * chainexplorer.decoder.dead.letters{reason}} the poison by reason. Tags are bounded: two kinds,
 * five outcomes, four sources plus {@code none}.
 */
public final class DecoderMetrics {

  public static final String OUTCOMES = "chainexplorer.decoder.outcomes";
  public static final String DEAD_LETTERS = "chainexplorer.decoder.dead.letters";
  public static final String INVALID_USER_ABIS = "chainexplorer.decoder.user.abis.invalid";

  /** What was decoded. */
  public enum Kind {
    CALL,
    EVENT
  }

  /** How an input ended. */
  public enum Outcome {
    /** On a decoded topic. */
    DECODED,
    /** An outcome record on the decoded topic: no ABI source knows the selector or event. */
    UNKNOWN,
    /** An outcome record on the decoded topic: an ABI knows it, the data does not decode by it. */
    MALFORMED,
    /** A transaction that calls no contract (native transfer, contract creation): no output. */
    SKIPPED,
    /** Dead-lettered: a record the decoder cannot read (unreadable bytes, a field not hex). */
    POISON
  }

  /** The reasons the decoder dead-letters for, each with its counter from the start. */
  public static final Set<DeadLetterReason> DEAD_LETTER_REASONS =
      Collections.unmodifiableSet(
          EnumSet.of(DeadLetterReason.UNDESERIALIZABLE, DeadLetterReason.INVALID_FIELD));

  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  public DecoderMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (DeadLetterReason reason : DEAD_LETTER_REASONS) {
      deadLetterCounter(reason);
    }
  }

  /** Counts one input's outcome; {@code source} is null unless decoded. */
  public void outcome(Kind kind, Outcome outcome, AbiSource source) {
    String sourceTag = source == null ? "none" : source.name().toLowerCase(Locale.ROOT);
    String kindTag = kind.name().toLowerCase(Locale.ROOT);
    String outcomeTag = outcome.name().toLowerCase(Locale.ROOT);
    counters
        .computeIfAbsent(
            kindTag + '/' + outcomeTag + '/' + sourceTag,
            id ->
                Counter.builder(OUTCOMES)
                    .description("Calls and events by decoding outcome and ABI source")
                    .tag("kind", kindTag)
                    .tag("outcome", outcomeTag)
                    .tag("source", sourceTag)
                    .register(registry))
        .increment();
  }

  /** Counts one dead letter. */
  public void deadLetter(DeadLetterReason reason) {
    deadLetterCounter(reason).increment();
  }

  /** Counts a user ABI that does not parse and is therefore ignored. */
  public void invalidUserAbi() {
    Counter.builder(INVALID_USER_ABIS)
        .description("User ABIs ignored because they do not parse")
        .register(registry)
        .increment();
  }

  private Counter deadLetterCounter(DeadLetterReason reason) {
    return counters.computeIfAbsent(
        "dlq/" + reason.tag(),
        id ->
            Counter.builder(DEAD_LETTERS)
                .description("Input records sent to the dead-letter topic")
                .tag("reason", reason.tag())
                .register(registry));
  }
}
