/**
 * The enricher's Kafka Streams topology: live and confirmed splits of raw blocks, retractions,
 * chain metrics per minute and the dead-letter branch; every node, store and topic named.
 */
package io.chainexplorer.enricher.topology;
