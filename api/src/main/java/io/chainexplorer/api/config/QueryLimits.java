package io.chainexplorer.api.config;

import java.time.Duration;

/**
 * The bounds that keep every request off a whole-table scan.
 *
 * @param pageSizeMax largest page a listing returns
 * @param scanRowsMax rows one request may read before answering with a short page and a cursor
 * @param timeRangeMax widest from/to range
 * @param blockRangeMax widest fromBlock/toBlock range
 * @param hotMonths monthly buckets walked back from now when no time range is given
 */
public record QueryLimits(
    int pageSizeMax, int scanRowsMax, Duration timeRangeMax, long blockRangeMax, int hotMonths) {}
