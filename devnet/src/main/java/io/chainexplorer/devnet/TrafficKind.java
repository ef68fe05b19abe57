package io.chainexplorer.devnet;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** One kind of transaction the traffic generator sends, with its default share of the mix. */
public enum TrafficKind {
  NATIVE_TRANSFER(3),
  ERC20_TRANSFER(3),
  ERC721_MINT(1),
  ERC721_TRANSFER(2),
  ERC1155_TRANSFER_SINGLE(2),
  ERC1155_TRANSFER_BATCH(1),
  SECURITY_ISSUE_BY_PARTITION(1),
  SECURITY_ISSUE(1),
  SECURITY_TRANSFER_BY_PARTITION(2),
  SECURITY_REDEEM_BY_PARTITION(1),
  SECURITY_REDEEM(1),
  SECURITY_CONTROLLER_TRANSFER(1),
  SECURITY_CONTROLLER_REDEEM(1),
  SECURITY_DOCUMENT(1),
  PROXY_CALL(2),
  FAILED_CALL(1),
  CONTRACT_CREATION(1),
  FACTORY_CREATION(1);

  private final int defaultWeight;

  TrafficKind(int defaultWeight) {
    this.defaultWeight = defaultWeight;
  }

  /** Relative frequency of this kind when the settings do not say otherwise. */
  public int defaultWeight() {
    return defaultWeight;
  }

  /** The name configuration uses, e.g. {@code erc20-transfer}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The kind whose {@link #configName()} is {@code name}.
   *
   * @throws IllegalArgumentException naming every valid name when {@code name} is unknown
   */
  public static TrafficKind fromConfigName(String name) {
    for (TrafficKind kind : values()) {
      if (kind.configName().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown traffic kind '" + name + "'; known kinds: " + configNames());
  }

  /** Every kind's {@link #configName()}, separated by commas. */
  public static String configNames() {
    return Arrays.stream(values()).map(TrafficKind::configName).collect(Collectors.joining(", "));
  }
}
