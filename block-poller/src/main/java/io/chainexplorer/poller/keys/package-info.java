/**
 * Provider API keys: providers and their billing profiles, key sources, the {@link
 * io.chainexplorer.poller.keys.KeyPool} implementation and usage shared through Kafka.
 *
 * <ul>
 *   <li>Rates are in the provider's units per second (credits, compute units), one Resilience4j
 *       rate limiter per key; daily budgets are in the same units and reset at 00:00 UTC.
 *   <li>A request goes to the usable key with the largest fraction of its budget left; 429 backs a
 *       key off (Retry-After, else 1 s doubling to 1 min) and drains its limiter, 402 retires it
 *       until the reset, 401/403 disables it for good and raises an alert gauge.
 *   <li>Usage is charged when a key is leased, whatever the outcome, and published per instance to
 *       the API-key-usage topic; each instance reserves rate times staleness per other instance so
 *       the replicas together stay within each budget; the key's per-second limit is split with the
 *       instances that published recently (a replica joining shows within a few publish intervals;
 *       until then the provider's 429 backs the key off).
 *   <li>Keys show only as {@code provider/alias}: in strings, logs, metrics, topics and exceptions.
 * </ul>
 */
package io.chainexplorer.poller.keys;
