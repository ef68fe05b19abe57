/** Reads what the batch job wrote: the views' Parquet, their content hashes and the run record. */
package io.chainexplorer.batchserving.parquet;
