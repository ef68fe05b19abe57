/**
 * {@code chain-explorer verify}: re-derives a block range from the node and compares each block's
 * canonical content hash with what the cold store (the HDFS sink's Parquet files) holds.
 */
package io.chainexplorer.cli.verify;
