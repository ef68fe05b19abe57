/** Kafka Connect sink writing the hot entities to ScyllaDB. */
package io.chainexplorer.sink.scylla;
