/** Recovery of committed offsets from committed file names, and removal of stale temp files. */
package io.chainexplorer.sink.hdfs.recovery;
