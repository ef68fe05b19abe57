package io.chainexplorer.api.store;

import java.util.List;

/** The order of clustering positions as a listing walks them (its table's clustering order). */
final class Positions {

  private Positions() {}

  /** Whether {@code position} comes strictly after {@code cursor} in the listing's order. */
  @SuppressWarnings("unchecked")
  static boolean after(Listing listing, List<Object> position, List<Object> cursor) {
    List<Column> columns = listing.clustering();
    for (int i = 0; i < columns.size(); i++) {
      int c = ((Comparable<Object>) position.get(i)).compareTo(cursor.get(i));
      if (c != 0) {
        return columns.get(i).descending() ? c < 0 : c > 0;
      }
    }
    return false;
  }
}
