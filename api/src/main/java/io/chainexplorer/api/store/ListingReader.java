package io.chainexplorer.api.store;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.api.config.QueryLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one page of a listing, walking its monthly buckets newest first and each bucket in
 * clustering order from just after the cursor; it reads at most {@code scanRowsMax} rows, so a
 * sparse filter answers with a short page and a cursor rather than scanning on.
 */
public final class ListingReader {

  private final HotStore store;
  private final QueryLimits limits;
  private final Clock clock;

  public ListingReader(HotStore store, QueryLimits limits, Clock clock) {
    this.store = store;
    this.limits = limits;
    this.clock = clock;
  }

  /** The page of {@code listing} that {@code query} asks for. */
  public Page read(Listing listing, ListingQuery query) {
    Range range = query.range();
    Instant end = range.to() != null ? range.to() : clock.instant();
    int newest = Buckets.of(end);
    Instant oldestTime =
        range.from() != null
            ? range.from()
            : end.atZone(ZoneOffset.UTC).minusMonths(limits.hotMonths() - 1L).toInstant();
    int oldest = Buckets.of(oldestTime);
    Walk walk = new Walk(listing, query);
    int bucket = query.cursor() != null ? query.cursor().bucket() : newest;
    for (; bucket >= oldest && !walk.done; bucket = Buckets.previous(bucket)) {
      walk.bucket(bucket, query.cursor() != null && query.cursor().bucket() == bucket);
    }
    return walk.page();
  }

  /** The state of one request's walk over the buckets. */
  private final class Walk {
    private final Listing listing;
    private final ListingQuery query;
    private final List<Map<String, Object>> items = new ArrayList<>();
    private Cursor last;
    private int scanned;
    private boolean done;
    private boolean more;

    Walk(Listing listing, ListingQuery query) {
      this.listing = listing;
      this.query = query;
    }

    void bucket(int bucket, boolean fromCursor) {
      for (Row row : store.session().execute(statement(bucket, fromCursor))) {
        List<Object> position = position(row);
        if (fromCursor && !Positions.after(listing, position, query.cursor().position())) {
          continue;
        }
        if (stop(row)) {
          done = true;
          return;
        }
        if (items.size() == query.limit() || scanned == limits.scanRowsMax()) {
          more = true;
          done = true;
          return;
        }
        scanned++;
        last = new Cursor(listing.name(), query.key(), bucket, position);
        if (matches(row)) {
          items.add(RowJson.of(row));
        }
      }
    }

    private boolean stop(Row row) {
      Range range = query.range();
      return range.fromBlock() != null && row.getLong("block_number") < range.fromBlock()
          || range.from() != null && row.getInstant("block_timestamp").isBefore(range.from());
    }

    private boolean matches(Row row) {
      Range range = query.range();
      boolean inTime = range.to() == null || !row.getInstant("block_timestamp").isAfter(range.to());
      return inTime
          && (query.direction() == null || query.direction().equals(row.getString("direction")));
    }

    private BoundStatement statement(int bucket, boolean fromCursor) {
      String where = " WHERE " + listing.keyColumn() + " = ? AND bucket = ?";
      List<Object> values = new ArrayList<>(List.of(query.key(), bucket));
      if (fromCursor) {
        List<Column> prefix = listing.clustering().subList(0, listing.descendingPrefix());
        String columns = prefix.stream().map(Column::name).collect(Collectors.joining(", "));
        String marks = prefix.stream().map(c -> "?").collect(Collectors.joining(", "));
        where += " AND (" + columns + ") <= (" + marks + ")";
        values.addAll(query.cursor().position().subList(0, prefix.size()));
      } else if (query.range().toBlock() != null) {
        where += " AND block_number <= ?";
        values.add(query.range().toBlock());
      }
      String cql = "SELECT * FROM ks." + listing.table() + where;
      // One row more than the page tells whether another page follows.
      return store
          .prepare(cql)
          .bind(values.toArray())
          .setPageSize(Math.min(query.limit() + 2, limits.scanRowsMax() + 1));
    }

    private List<Object> position(Row row) {
      List<Object> position = new ArrayList<>();
      for (Column column : listing.clustering()) {
        position.add(
            column.text() ? row.getString(column.name()) : (Object) row.getLong(column.name()));
      }
      return position;
    }

    Page page() {
      return new Page(items, more && last != null ? last.encode() : null);
    }
  }
}
