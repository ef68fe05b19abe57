package io.chainexplorer.schemas.topics;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A chain's name as it appears in topic names: lowercase words of letters and digits joined by '-'.
 */
public final class ChainName {

  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String value;

  private ChainName(String value) {
    this.value = value;
  }

  /**
   * Validates and wraps a chain name such as {@code eth-mainnet}.
   *
   * @throws IllegalArgumentException when the name is null or not of the form {@code
   *     [a-z0-9]+(-[a-z0-9]+)*}
   */
  public static ChainName of(String value) {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid chain name '"
              + value
              + "': expected lowercase letters and digits in words joined by '-', e.g. eth-mainnet");
    }
    return new ChainName(value);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChainName && ((ChainName) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
