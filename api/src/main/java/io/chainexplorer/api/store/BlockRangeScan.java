package io.chainexplorer.api.store;

import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.api.config.QueryLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Offset pagination over a listing within a block range, oldest or newest first (what the
 * Etherscan-compatible API offers): walks the hot months' buckets in that order, skips {@code skip}
 * matching rows and returns the next {@code take}. Rows of one item (both directions of a
 * self-transfer) count once. The caller bounds skip + take.
 */
public final class BlockRangeScan {

  private final HotStore store;
  private final QueryLimits limits;
  private final Clock clock;

  public BlockRangeScan(HotStore store, QueryLimits limits, Clock clock) {
    this.store = store;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * One request.
   *
   * @param listing the table walked
   * @param key the partition key
   * @param startBlock lowest block, inclusive
   * @param endBlock highest block, inclusive
   * @param ascending oldest first when true
   * @param skip matching items to skip
   * @param take matching items to return
   * @param filter which rows match
   * @param identity what makes rows one item
   */
  public record Request(
      Listing listing,
      String key,
      long startBlock,
      long endBlock,
      boolean ascending,
      int skip,
      int take,
      Predicate<Row> filter,
      Function<Row, String> identity) {}

  /** The matching rows of the page, one per item, in the requested order. */
  public List<Row> read(Request request) {
    Instant now = clock.instant();
    int newest = Buckets.of(now);
    int oldest =
        Buckets.of(now.atZone(ZoneOffset.UTC).minusMonths(limits.hotMonths() - 1L).toInstant());
    List<Integer> buckets = new ArrayList<>();
    for (int bucket = newest; bucket >= oldest; bucket = Buckets.previous(bucket)) {
      buckets.add(request.ascending() ? 0 : buckets.size(), bucket);
    }
    List<Row> page = new ArrayList<>();
    int matched = 0;
    String last = null;
    for (int bucket : buckets) {
      for (Row row : store.session().execute(statement(request, bucket))) {
        String identity = request.identity().apply(row);
        if (Objects.equals(identity, last) || !request.filter().test(row)) {
          continue;
        }
        last = identity;
        if (matched++ >= request.skip()) {
          page.add(row);
        }
        if (page.size() == request.take()) {
          return page;
        }
      }
    }
    return page;
  }

  private com.datastax.oss.driver.api.core.cql.BoundStatement statement(
      Request request, int bucket) {
    Listing listing = request.listing();
    String order =
        listing.clustering().stream()
            .map(c -> c.name() + (c.descending() == request.ascending() ? " ASC" : " DESC"))
            .collect(Collectors.joining(", "));
    String cql =
        "SELECT * FROM ks."
            + listing.table()
            + " WHERE "
            + listing.keyColumn()
            + " = ? AND bucket = ? AND block_number >= ? AND block_number <= ? ORDER BY "
            + order;
    return store
        .prepare(cql)
        .bind(request.key(), bucket, request.startBlock(), request.endBlock())
        .setPageSize(Math.min(request.skip() + request.take() + 2, 5000));
  }
}
