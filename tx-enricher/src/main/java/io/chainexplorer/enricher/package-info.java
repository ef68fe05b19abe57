/**
 * Kafka Streams application splitting raw blocks into blocks, transactions, logs and token
 * transfers.
 */
package io.chainexplorer.enricher;
