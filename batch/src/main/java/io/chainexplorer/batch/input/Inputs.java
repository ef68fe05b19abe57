package io.chainexplorer.batch.input;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The canonical rows the views are built from, one Dataset per entity, each with the columns of
 * {@link ColdStoreEntity#schema()} (without {@code retracted}) and {@link ColdStore#DATE}; {@code
 * calls} are the transactions with a recipient, their {@code status} and the 4-byte {@code
 * selector} of their calldata ({@code 0x}-hex, null when shorter).
 */
public record Inputs(
    Dataset<Row> blocks,
    Dataset<Row> transactions,
    Dataset<Row> tokenTransfers,
    Dataset<Row> contractCreations,
    Dataset<Row> logs,
    Dataset<Row> calls) {}
