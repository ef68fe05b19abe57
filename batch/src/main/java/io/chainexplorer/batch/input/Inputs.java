package io.chainexplorer.batch.input;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The canonical rows the views are built from, one Dataset per entity, each with the columns of
 * {@link ColdStoreEntity#schema()} (without {@code retracted}) and {@link ColdStore#DATE}.
 */
public record Inputs(
    Dataset<Row> blocks,
    Dataset<Row> transactions,
    Dataset<Row> tokenTransfers,
    Dataset<Row> contractCreations) {}
