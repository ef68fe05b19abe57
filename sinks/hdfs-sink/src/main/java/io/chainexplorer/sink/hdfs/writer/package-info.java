/** Parquet files per topic partition: mapping, rotation and the commit by rename. */
package io.chainexplorer.sink.hdfs.writer;
