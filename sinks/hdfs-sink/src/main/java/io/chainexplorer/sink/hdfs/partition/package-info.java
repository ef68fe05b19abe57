/** Where a record's file goes: chain, entity and block-time directories. */
package io.chainexplorer.sink.hdfs.partition;
