/**
 * Throughput of the sink connectors' writers against bare driver and parquet-avro loops on the same
 * node or file system.
 */
package io.chainexplorer.bench.sink;
