package io.chainexplorer.platform.deadletter;

/**
 * What one replay did.
 *
 * @param replayed dead letters re-published to their source topic
 * @param passedOver dead letters the cursor moved past unpublished: older than the range's start,
 *     or not a dead-letter envelope
 * @param transactions Kafka transactions committed, each with the cursor
 */
public record ReplayResult(long replayed, long passedOver, int transactions) {}
