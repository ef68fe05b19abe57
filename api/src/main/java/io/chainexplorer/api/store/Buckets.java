package io.chainexplorer.api.store;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The sink's time buckets of per-address, per-token and per-contract partitions: the month of block
 * time as yyyymm, UTC (the ScyllaDB sink's mapping, {@code Fields.bucket()}).
 */
public final class Buckets {

  private Buckets() {}

  /** The bucket holding rows of blocks mined at {@code time}. */
  public static int of(Instant time) {
    YearMonth month = YearMonth.from(time.atZone(ZoneOffset.UTC));
    return month.getYear() * 100 + month.getMonthValue();
  }

  /** The bucket of the month before. */
  public static int previous(int bucket) {
    int year = bucket / 100;
    int month = bucket % 100;
    return month == 1 ? (year - 1) * 100 + 12 : bucket - 1;
  }

  /** Whether {@code bucket} is a yyyymm value the sink can write. */
  public static boolean valid(int bucket) {
    int month = bucket % 100;
    return bucket >= 1970_01 && bucket <= 9999_12 && month >= 1 && month <= 12;
  }
}
