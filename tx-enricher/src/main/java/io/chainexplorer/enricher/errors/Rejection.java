package io.chainexplorer.enricher.errors;

import io.chainexplorer.schemas.deadletter.DeadLetterReason;
import java.util.Objects;

/**
 * Why one input record cannot be processed: a value the topology routes to the dead-letter topic.
 *
 * @param detail human-readable cause, naming coordinates or fields but never payload bytes
 * @param errorClass fully qualified class of the error behind it
 */
public record Rejection(DeadLetterReason reason, String detail, String errorClass) {

  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(errorClass, "errorClass");
  }

  /** A rejection caused by an exception. */
  public static Rejection of(DeadLetterReason reason, RuntimeException error) {
    String message =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return new Rejection(reason, message, error.getClass().getName());
  }

  /** A rejection found by a check rather than thrown; {@code checker} names the rule's class. */
  public static Rejection of(DeadLetterReason reason, String detail, Class<?> checker) {
    return new Rejection(reason, detail, checker.getName());
  }
}
