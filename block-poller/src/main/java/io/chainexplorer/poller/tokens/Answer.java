package io.chainexplorer.poller.tokens;

import java.util.Objects;

/**
 * A value a token returned, or why it has none: {@code reverted}, {@code empty}, {@code malformed}
 * or {@code not-applicable}.
 */
public record Answer<T>(T value, String unavailable) {

  public static final String REVERTED = "reverted";
  public static final String EMPTY = "empty";
  public static final String MALFORMED = "malformed";
  public static final String NOT_APPLICABLE = "not-applicable";

  public Answer {
    if ((value == null) == (unavailable == null)) {
      throw new IllegalArgumentException("an answer has either a value or a reason");
    }
  }

  public static <T> Answer<T> of(T value) {
    return new Answer<>(Objects.requireNonNull(value, "value"), null);
  }

  public static <T> Answer<T> unavailable(String reason) {
    return new Answer<>(null, Objects.requireNonNull(reason, "reason"));
  }
}
