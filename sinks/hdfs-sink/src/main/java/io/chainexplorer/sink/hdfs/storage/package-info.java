/** The file layout under the root and the Hadoop file system it lives on. */
package io.chainexplorer.sink.hdfs.storage;
