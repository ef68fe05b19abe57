package io.chainexplorer.api.store;

/**
 * A clustering column of a listed table.
 *
 * @param name CQL column name
 * @param text whether it holds text (otherwise a bigint)
 * @param descending whether the table clusters it newest (largest) first
 */
public record Column(String name, boolean text, boolean descending) {

  static Column desc(String name) {
    return new Column(name, false, true);
  }

  static Column ascText(String name) {
    return new Column(name, true, false);
  }

  static Column ascLong(String name) {
    return new Column(name, false, false);
  }
}
