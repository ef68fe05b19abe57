package io.chainexplorer.decoder.proxy;

import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.abi.SignatureParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads EIP-1967 proxy events: {@code Upgraded(address indexed implementation)} points a proxy (or
 * an upgradeable beacon) at its implementation, {@code BeaconUpgraded(address indexed beacon)}
 * points a beacon proxy at its beacon.
 */
public final class ProxyEvents {

  /** Prefix of a store value naming a beacon rather than an implementation. */
  static final String BEACON_PREFIX = "beacon:";

  private static final String UPGRADED =
      SignatureParser.event("Upgraded(address indexed implementation)").topic0Hex();
  private static final String BEACON_UPGRADED =
      SignatureParser.event("BeaconUpgraded(address indexed beacon)").topic0Hex();

  private ProxyEvents() {}

  /**
   * The store value a log sets for its emitting contract: the implementation address, or {@code
   * beacon:<address>}; empty for any other log.
   */
  public static Optional<String> target(List<String> topics) {
    if (topics.size() != 2 || !isAddressWord(topics.get(1))) {
      return Optional.empty();
    }
    String address = "0x" + topics.get(1).substring(26).toLowerCase(Locale.ROOT);
    String topic0 = topics.get(0).toLowerCase(Locale.ROOT);
    if (topic0.equals(UPGRADED)) {
      return Optional.of(address);
    }
    if (topic0.equals(BEACON_UPGRADED)) {
      return Optional.of(BEACON_PREFIX + address);
    }
    return Optional.empty();
  }

  /**
   * The implementation behind {@code proxy}: its own Upgraded target, or the Upgraded target of its
   * beacon; {@code store} reads the values {@link #target} set.
   */
  public static Optional<String> implementation(String proxy, Function<String, String> store) {
    String value = store.apply(proxy);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.startsWith(BEACON_PREFIX)) {
      return Optional.of(value);
    }
    String behindBeacon = store.apply(value.substring(BEACON_PREFIX.length()));
    return behindBeacon == null || behindBeacon.startsWith(BEACON_PREFIX)
        ? Optional.empty()
        : Optional.of(behindBeacon);
  }

  /** The topic0 of {@code Upgraded(address)}, for tests and fixtures. */
  public static String upgradedTopic0() {
    return UPGRADED;
  }

  /** The topic0 of {@code BeaconUpgraded(address)}, for tests and fixtures. */
  public static String beaconUpgradedTopic0() {
    return BEACON_UPGRADED;
  }

  private static boolean isAddressWord(String topic) {
    if (topic.length() != 66) {
      return false;
    }
    byte[] word;
    try {
      word = Hex.decode(topic);
    } catch (IllegalArgumentException e) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      if (word[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
