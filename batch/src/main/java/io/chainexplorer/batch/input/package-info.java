/** The cold store's committed Parquet files as canonical Spark Datasets. */
package io.chainexplorer.batch.input;
