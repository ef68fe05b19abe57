package io.chainexplorer.poller.keys;

import java.util.Locale;
import java.util.Map;

/**
 * Published billing of the common node providers' free plans, as defaults a configuration may
 * override: method weights in the provider's units, units per second, units per UTC day.
 *
 * <p>Rates are in units per second, not requests: Infura and Alchemy limit throughput in credits or
 * compute units per second, and a 1-unit-per-call profile makes the two the same.
 */
public enum ProviderProfile {

  /**
   * Infura credits. Costs: docs.metamask.io/services/get-started/pricing/credit-cost (methods it
   * does not list cost 80); free plan 3,000,000 credits a day and 500 credits/s:
   * docs.metamask.io/services/get-started/pricing. The trace API is for paying customers: its two
   * block methods are taken at eth_getBlockReceipts' 1000 until the plan's table says otherwise.
   */
  INFURA(
      MethodWeights.of(
          Map.of(
              "eth_chainId", 5,
              "eth_blockNumber", 80,
              "eth_getBlockByNumber", 80,
              "eth_getTransactionReceipt", 80,
              "eth_getBlockReceipts", 1000,
              "eth_getLogs", 255,
              "eth_call", 80,
              "debug_traceBlockByNumber", 1000,
              "trace_block", 1000),
          80),
      500,
      3_000_000),

  /**
   * Alchemy compute units: www.alchemy.com/docs/reference/compute-unit-costs (20 for
   * eth_getBlockByNumber, eth_getTransactionReceipt and eth_getBlockReceipts, 60 for eth_getLogs,
   * 10 for eth_blockNumber; unlisted methods 20; 40 for debug_traceBlockByNumber, and trace_block
   * taken the same). Free plan 30M CU a month taken as 1M a day, 330 CU/s.
   */
  ALCHEMY(
      MethodWeights.of(
          Map.of(
              "eth_chainId", 0,
              "eth_blockNumber", 10,
              "eth_getBlockByNumber", 20,
              "eth_getTransactionReceipt", 20,
              "eth_getBlockReceipts", 20,
              "eth_getLogs", 60,
              "eth_call", 26,
              "debug_traceBlockByNumber", 40,
              "trace_block", 40),
          20),
      330,
      1_000_000),

  /**
   * QuickNode API credits: 20 per standard call on the free plan, 15 requests/s (300 credits/s),
   * 10M credits a month taken as 333,333 a day; check the plan and override when it differs.
   */
  QUICKNODE(MethodWeights.flat(20), 300, 333_333),

  /** The older request-counted plans: 1 unit per call, 10 requests/s, 100,000 requests a day. */
  GENERIC(MethodWeights.flat(1), 10, 100_000);

  private final MethodWeights weights;
  private final double unitsPerSecond;
  private final long dailyBudget;

  ProviderProfile(MethodWeights weights, double unitsPerSecond, long dailyBudget) {
    this.weights = weights;
    this.unitsPerSecond = unitsPerSecond;
    this.dailyBudget = dailyBudget;
  }

  public MethodWeights weights() {
    return weights;
  }

  public double unitsPerSecond() {
    return unitsPerSecond;
  }

  public long dailyBudget() {
    return dailyBudget;
  }

  /** The name used in configuration, e.g. {@code alchemy}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException listing the known profiles
   */
  public static ProviderProfile named(String name) {
    for (ProviderProfile profile : values()) {
      if (profile.configName().equalsIgnoreCase(name.trim())) {
        return profile;
      }
    }
    throw new IllegalArgumentException(
        "unknown provider profile '" + name + "'; known: infura, alchemy, quicknode, generic");
  }
}
