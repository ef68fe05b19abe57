/** The HDFS sink's meters. */
package io.chainexplorer.sink.hdfs.metrics;
