package io.chainexplorer.batchserving.view;

import java.util.ArrayList;
import java.util.List;

/**
 * How one view is served: the batch job's output directory {@code view}, the CQL {@code table}
 * holding it, and the table's key; a {@code daily} view is written per {@code date=} directory.
 *
 * @param view the view's name, i.e. its directory under the batch output
 * @param table the batch table in the hot store's keyspace
 * @param daily whether the view has one directory (and one content hash) per UTC day
 * @param partitionKey the table's partition key; {@link #YEAR} is derived from {@code date}
 * @param clusteringKey the table's clustering columns
 */
public record ViewTable(
    String view,
    String table,
    boolean daily,
    List<String> partitionKey,
    List<String> clusteringKey) {

  /** The bucket column derived from {@code date} (its UTC year): no view has it. */
  public static final String YEAR = "year";

  /** The day column of a daily view, taken from its {@code date=YYYY-MM-DD} directory. */
  public static final String DATE = "date";

  public ViewTable {
    partitionKey = List.copyOf(partitionKey);
    clusteringKey = List.copyOf(clusteringKey);
    if (partitionKey.isEmpty()) {
      throw new IllegalArgumentException(table + " needs a partition key");
    }
    if (partitionKey.contains(YEAR) && !daily) {
      throw new IllegalArgumentException(table + ": only a daily view has a year bucket");
    }
  }

  /** The columns identifying a row of the view (the table's primary key without the bucket). */
  public List<String> viewKey() {
    List<String> key = new ArrayList<>(partitionKey);
    key.addAll(clusteringKey);
    key.remove(YEAR);
    return key;
  }

  /** Whether the table has the derived {@link #YEAR} column. */
  public boolean bucketedByYear() {
    return partitionKey.contains(YEAR);
  }
}
