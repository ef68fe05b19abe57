package io.chainexplorer.api.ops;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The poller's provider keys, by alias only: units used today, budget left, seconds until the
 * budget runs out at today's rate (null while nothing is spent), and per provider the keys needed
 * to follow the tip all day. Several poller instances report the same key: the worst figure wins.
 */
public record KeyBudgets(
    List<KeyBudget> keys, List<ProviderKeys> providers, List<Scrape.Target> targets) {

  static final String USED = "chainexplorer_poller_key_budget_used";
  static final String REMAINING = "chainexplorer_poller_key_budget_remaining";
  static final String EXHAUSTION = "chainexplorer_poller_key_budget_exhaustion_seconds";
  static final String DISABLED = "chainexplorer_poller_key_disabled";
  static final String KEYS_NEEDED = "chainexplorer_poller_keys_needed";
  static final String KEYS_DISABLED = "chainexplorer_poller_keys_disabled";

  /** One key's budget today; {@code alias} is {@code provider/alias}, never the key. */
  public record KeyBudget(
      String provider,
      String alias,
      long usedToday,
      long budgetLeft,
      Double secondsToExhaustion,
      boolean disabled) {}

  /** Keys a provider needs to follow the tip all day on its own, and how many it refused. */
  public record ProviderKeys(String provider, long keysNeeded, long keysDisabled) {}

  /** The budgets one scrape round shows. */
  public static KeyBudgets of(Scrape scrape) {
    Map<String, KeyBudget> keys = new TreeMap<>();
    scrape
        .named(USED)
        .forEach(
            s ->
                keys.merge(
                    s.label("alias"),
                    new KeyBudget(
                        s.label("provider"),
                        s.label("alias"),
                        (long) s.value(),
                        Long.MAX_VALUE,
                        null,
                        false),
                    KeyBudgets::worst));
    scrape.named(REMAINING).forEach(s -> merge(keys, s, b -> withLeft(b, (long) s.value())));
    scrape.named(EXHAUSTION).forEach(s -> merge(keys, s, b -> withExhaustion(b, s.value())));
    scrape.named(DISABLED).forEach(s -> merge(keys, s, b -> withDisabled(b, s.value() > 0)));
    Map<String, ProviderKeys> providers = new TreeMap<>();
    scrape
        .named(KEYS_NEEDED)
        .forEach(
            s ->
                providers.merge(
                    s.label("provider"),
                    new ProviderKeys(s.label("provider"), (long) s.value(), 0),
                    (a, b) ->
                        new ProviderKeys(
                            a.provider(),
                            Math.max(a.keysNeeded(), b.keysNeeded()),
                            a.keysDisabled())));
    scrape
        .named(KEYS_DISABLED)
        .forEach(
            s ->
                providers.computeIfPresent(
                    s.label("provider"),
                    (p, k) ->
                        new ProviderKeys(
                            p, k.keysNeeded(), Math.max(k.keysDisabled(), (long) s.value()))));
    List<KeyBudget> budgets =
        keys.values().stream()
            .map(b -> b.budgetLeft() == Long.MAX_VALUE ? withLeft(b, 0) : b)
            .toList();
    return new KeyBudgets(budgets, List.copyOf(providers.values()), scrape.targets());
  }

  private static void merge(
      Map<String, KeyBudget> keys, Sample s, UnaryOperator<KeyBudget> update) {
    keys.computeIfPresent(s.label("alias"), (alias, budget) -> update.apply(budget));
  }

  private static KeyBudget worst(KeyBudget a, KeyBudget b) {
    return new KeyBudget(
        a.provider(),
        a.alias(),
        Math.max(a.usedToday(), b.usedToday()),
        a.budgetLeft(),
        null,
        a.disabled());
  }

  private static KeyBudget withLeft(KeyBudget b, long left) {
    return new KeyBudget(
        b.provider(),
        b.alias(),
        b.usedToday(),
        Math.min(b.budgetLeft(), left),
        b.secondsToExhaustion(),
        b.disabled());
  }

  private static KeyBudget withExhaustion(KeyBudget b, double seconds) {
    // Infinite (nothing spent yet) is shown as null, JSON having no infinity; the soonest wins.
    Double worst = b.secondsToExhaustion();
    if (Double.isFinite(seconds) && (worst == null || seconds < worst)) {
      worst = seconds;
    }
    return new KeyBudget(
        b.provider(), b.alias(), b.usedToday(), b.budgetLeft(), worst, b.disabled());
  }

  private static KeyBudget withDisabled(KeyBudget b, boolean disabled) {
    return new KeyBudget(
        b.provider(),
        b.alias(),
        b.usedToday(),
        b.budgetLeft(),
        b.secondsToExhaustion(),
        b.disabled() || disabled);
  }
}
