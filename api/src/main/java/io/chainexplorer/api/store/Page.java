package io.chainexplorer.api.store;

import java.util.List;
import java.util.Map;

/**
 * One page of a listing.
 *
 * @param items the rows, newest first
 * @param next the cursor of the next page, or null when the listing is exhausted
 */
public record Page(List<Map<String, Object>> items, String next) {

  public Page {
    items = List.copyOf(items);
  }
}
