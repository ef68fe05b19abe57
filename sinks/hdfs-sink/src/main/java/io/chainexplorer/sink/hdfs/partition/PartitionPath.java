package io.chainexplorer.sink.hdfs.partition;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * The directory of a record, relative to the root: {@code <chain>/<entity>/date=YYYY-MM-DD/hour=HH}
 * from its block time in UTC; never an address or a block number, so directories stay bounded.
 */
public final class PartitionPath {

  private PartitionPath() {}

  /** The relative directory of an entity's records of the block at {@code blockTimestamp}. */
  public static String of(String chain, String entity, long blockTimestampSeconds) {
    ZonedDateTime time = Instant.ofEpochSecond(blockTimestampSeconds).atZone(ZoneOffset.UTC);
    return String.format(
        Locale.ROOT,
        "%s/%s/date=%04d-%02d-%02d/hour=%02d",
        chain,
        entity,
        time.getYear(),
        time.getMonthValue(),
        time.getDayOfMonth(),
        time.getHour());
  }
}
