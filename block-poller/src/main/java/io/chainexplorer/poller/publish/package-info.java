/**
 * Publishes chain steps exactly once: blocks, retractions and the poller's cursor in one Kafka
 * transaction; recovers the cursor at start; elects one active poller per chain.
 */
package io.chainexplorer.poller.publish;
