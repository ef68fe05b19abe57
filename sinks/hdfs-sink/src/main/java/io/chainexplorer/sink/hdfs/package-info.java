/** Kafka Connect sink writing the confirmed entities to Parquet files on HDFS. */
package io.chainexplorer.sink.hdfs;
