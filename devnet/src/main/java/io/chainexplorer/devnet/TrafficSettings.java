package io.chainexplorer.devnet;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * What the traffic generator sends: a rate, a mix of {@link TrafficKind}s by weight, a seed and how
 * many dev accounts take part. Immutable; every value is validated when built.
 *
 * <p>Defaults: 4 transactions per second, each kind's {@link TrafficKind#defaultWeight()}, seed 1,
 * the node's first 10 dev accounts.
 */
public final class TrafficSettings {

  public static final String RATE = "traffic.rate";
  public static final String MIX = "traffic.mix";
  public static final String SEED = "traffic.seed";
  public static final String ACCOUNTS = "traffic.accounts";

  public static final double DEFAULT_RATE = 4.0;
  public static final double MAX_RATE = 500.0;
  public static final int MAX_WEIGHT = 1000;
  public static final int MIN_ACCOUNTS = 2;
  public static final int MAX_ACCOUNTS = 10;

  /** The keys of {@link #from(Map)}, documented for the configuration reference. */
  public static final ConfigDef CONFIG_DEF =
      new ConfigDef()
          .define(
              RATE,
              Type.DOUBLE,
              DEFAULT_RATE,
              Range.between(0.01, MAX_RATE),
              Importance.HIGH,
              "Transactions the generator sends per second, across all kinds.")
          .define(
              MIX,
              Type.LIST,
              "",
              Importance.MEDIUM,
              "Weights overriding the default mix, as kind=weight pairs separated by commas "
                  + "(failed-call=5,native-transfer=0); weight 0 disables a kind. Kinds: "
                  + TrafficKind.configNames()
                  + ".")
          .define(
              SEED,
              Type.LONG,
              1L,
              Importance.LOW,
              "Seed of the random choices (recipients, amounts), so a run can be repeated.")
          .define(
              ACCOUNTS,
              Type.INT,
              MAX_ACCOUNTS,
              Range.between(MIN_ACCOUNTS, MAX_ACCOUNTS),
              Importance.LOW,
              "How many of the node's unlocked dev accounts send and receive traffic.");

  private final double rate;
  private final Map<TrafficKind, Integer> weights;
  private final long seed;
  private final int accounts;

  private TrafficSettings(double rate, Map<TrafficKind, Integer> weights, long seed, int accounts) {
    if (!(rate > 0 && rate <= MAX_RATE)) {
      throw new IllegalArgumentException(
          "rate must be above 0 and at most " + MAX_RATE + " transactions/s, was " + rate);
    }
    if (accounts < MIN_ACCOUNTS || accounts > MAX_ACCOUNTS) {
      throw new IllegalArgumentException(
          "accounts must be between "
              + MIN_ACCOUNTS
              + " and "
              + MAX_ACCOUNTS
              + ", was "
              + accounts);
    }
    EnumMap<TrafficKind, Integer> copy = new EnumMap<>(TrafficKind.class);
    for (TrafficKind kind : TrafficKind.values()) {
      int weight = weights.getOrDefault(kind, kind.defaultWeight());
      if (weight < 0 || weight > MAX_WEIGHT) {
        throw new IllegalArgumentException(
            "weight of " + kind.configName() + " must be 0 to " + MAX_WEIGHT + ", was " + weight);
      }
      copy.put(kind, weight);
    }
    if (copy.values().stream().allMatch(weight -> weight == 0)) {
      throw new IllegalArgumentException("the traffic mix needs at least one kind with weight > 0");
    }
    this.rate = rate;
    this.weights = Collections.unmodifiableMap(copy);
    this.seed = seed;
    this.accounts = accounts;
  }

  /** The defaults listed in the class comment. */
  public static TrafficSettings defaults() {
    return new TrafficSettings(DEFAULT_RATE, Map.of(), 1L, MAX_ACCOUNTS);
  }

  /**
   * Settings from configuration properties ({@link #CONFIG_DEF}'s keys; others are ignored).
   *
   * @throws ConfigException naming the key when a value is missing its type or range
   */
  public static TrafficSettings from(Map<?, ?> properties) {
    AbstractConfig config = new AbstractConfig(CONFIG_DEF, properties, false);
    EnumMap<TrafficKind, Integer> weights = new EnumMap<>(TrafficKind.class);
    for (String entry : config.getList(MIX)) {
      String[] pair = entry.split("=", -1);
      try {
        if (pair.length != 2) {
          throw new IllegalArgumentException("'" + entry + "' is not kind=weight");
        }
        weights.put(TrafficKind.fromConfigName(pair[0].trim()), Integer.parseInt(pair[1].trim()));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(MIX, config.getList(MIX), e.getMessage());
      }
    }
    try {
      return new TrafficSettings(
          config.getDouble(RATE), weights, config.getLong(SEED), config.getInt(ACCOUNTS));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(MIX, config.getList(MIX), e.getMessage());
    }
  }

  /** These settings sending {@code transactionsPerSecond} instead. */
  public TrafficSettings withRate(double transactionsPerSecond) {
    return new TrafficSettings(transactionsPerSecond, weights, seed, accounts);
  }

  /** These settings with {@code kind} at {@code weight} (0 disables it). */
  public TrafficSettings withWeight(TrafficKind kind, int weight) {
    EnumMap<TrafficKind, Integer> changed = new EnumMap<>(weights);
    changed.put(kind, weight);
    return new TrafficSettings(rate, changed, seed, accounts);
  }

  public TrafficSettings withSeed(long newSeed) {
    return new TrafficSettings(rate, weights, newSeed, accounts);
  }

  public TrafficSettings withAccounts(int count) {
    return new TrafficSettings(rate, weights, seed, count);
  }

  /** Transactions per second across all kinds. */
  public double rate() {
    return rate;
  }

  /** Every kind's weight, zero included. */
  public Map<TrafficKind, Integer> weights() {
    return weights;
  }

  public int weight(TrafficKind kind) {
    return weights.get(kind);
  }

  public long seed() {
    return seed;
  }

  /** How many dev accounts take part; the first one deploys and owns the contracts. */
  public int accounts() {
    return accounts;
  }

  @Override
  public String toString() {
    return "TrafficSettings{rate="
        + rate
        + "/s, accounts="
        + accounts
        + ", weights="
        + weights
        + "}";
  }
}
