/** The ScyllaDB sink's meters. */
package io.chainexplorer.sink.scylla.metrics;
