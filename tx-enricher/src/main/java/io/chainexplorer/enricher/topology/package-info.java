/**
 * The enricher's Kafka Streams topology: live and confirmed splits of raw blocks, retractions,
 * chain metrics per minute and the dead-letter branch; every node, store and topic named.
 *
 * <p>Design notes. Inputs are read as bytes and decoded in the processors, so a poison record
 * becomes a dead letter produced in the same exactly-once transaction as the input offsets. Raw
 * blocks and retractions are merged into one processor of one task (both topics keyed by block
 * number, co-partitioned); Streams hands it records in timestamp order, and the only order it
 * relies on is a block before its own retraction, which the poller writes in a later transaction.
 * Everything else is order-independent: retracted copies come from the raw block retained under
 * (height, hash), and a retraction empties a height's chain-metrics figures only when the retracted
 * hash still holds that height, so a replacement that arrives first stays counted.
 */
package io.chainexplorer.enricher.topology;
