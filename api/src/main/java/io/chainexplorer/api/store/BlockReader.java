package io.chainexplorer.api.store;

import com.datastax.oss.driver.api.core.cql.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Blocks of {@code blocks_by_number} (and {@code blocks_by_hash}, whose rows of orphaned blocks the
 * sink retracts). The table has no order over its partitions, so the head is found by point reads:
 * galloping up from the last head seen (or from any stored block) while blocks exist, then
 * bisecting; a block missing below the head (a sink partition still behind) ends the climb there,
 * which makes "latest" at worst the last block with all its predecessors stored.
 */
public final class BlockReader {

  private static final String BY_NUMBER =
      "SELECT * FROM ks.blocks_by_number WHERE block_number = ?";
  private static final String BY_HASH = "SELECT * FROM ks.blocks_by_hash WHERE block_hash = ?";
  private static final String EXISTS =
      "SELECT block_number FROM ks.blocks_by_number WHERE block_number = ?";
  private static final String TIME =
      "SELECT block_timestamp FROM ks.blocks_by_number WHERE block_number = ?";
  private static final String ANY = "SELECT block_number FROM ks.blocks_by_number LIMIT 1";

  private final HotStore store;
  private final AtomicLong headHint = new AtomicLong(-1);

  public BlockReader(HotStore store) {
    this.store = store;
  }

  /** The block at this height, if the hot store holds it. */
  public Optional<Map<String, Object>> byNumber(long number) {
    return Optional.ofNullable(row(number)).map(RowJson::of);
  }

  /** The block with this hash (lowercase 0x-hex), if the hot store holds it and it is canonical. */
  public Optional<Map<String, Object>> byHash(String hash) {
    return Optional.ofNullable(store.session().execute(store.prepare(BY_HASH).bind(hash)).one())
        .map(RowJson::of);
  }

  /** The block hash at this height, if stored. */
  public Optional<String> hashAt(long number) {
    return Optional.ofNullable(row(number)).map(r -> r.getString("block_hash"));
  }

  /** Up to {@code count} blocks down from the head, newest first; empty when none is stored. */
  public List<Map<String, Object>> latest(int count) {
    List<Map<String, Object>> blocks = new ArrayList<>();
    long head = head();
    for (long number = head; number >= 0 && number > head - count; number--) {
      byNumber(number).ifPresent(blocks::add);
    }
    return blocks;
  }

  /** The highest stored block reachable by the climb, or -1 when the table is empty. */
  public long head() {
    long low = headHint.get();
    if (low < 0 || !exists(low)) {
      Row any = store.session().execute(store.prepare(ANY).bind()).one();
      if (any == null) {
        return -1;
      }
      low = any.getLong("block_number");
    }
    long step = 1;
    long high = low + step;
    while (exists(high)) {
      low = high;
      step *= 2;
      high = low + step;
    }
    // low exists, high does not: bisect between them.
    while (high - low > 1) {
      long middle = low + (high - low) / 2;
      if (exists(middle)) {
        low = middle;
      } else {
        high = middle;
      }
    }
    headHint.set(low);
    return low;
  }

  /**
   * The last block at or before {@code epochSecond} ({@code before}) or the first at or after it,
   * by bisection over heights (block time never decreases with height). A block below the oldest
   * stored one counts as earlier than any time, so the answer is always a stored block; empty when
   * none qualifies.
   */
  public OptionalLong numberAt(long epochSecond, boolean before) {
    long head = head();
    // Invariant: heights <= low qualify for "before" (or fail "after"); heights >= high do not.
    long low = -1;
    long high = head + 1;
    while (high - low > 1) {
      long middle = low + (high - low) / 2;
      Row row = store.session().execute(store.prepare(TIME).bind(middle)).one();
      long time = row == null ? Long.MIN_VALUE : row.getInstant(0).getEpochSecond();
      if (before ? time <= epochSecond : time < epochSecond) {
        low = middle;
      } else {
        high = middle;
      }
    }
    long found = before ? low : high;
    return found >= 0 && found <= head && exists(found)
        ? OptionalLong.of(found)
        : OptionalLong.empty();
  }

  private boolean exists(long number) {
    return store.session().execute(store.prepare(EXISTS).bind(number)).one() != null;
  }

  private Row row(long number) {
    return store.session().execute(store.prepare(BY_NUMBER).bind(number)).one();
  }
}
