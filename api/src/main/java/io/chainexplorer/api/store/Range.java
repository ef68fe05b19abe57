package io.chainexplorer.api.store;

import java.time.Instant;

/**
 * Optional bounds of a listing, all inclusive; null means unbounded on that side.
 *
 * @param fromBlock lowest block number
 * @param toBlock highest block number
 * @param from earliest block time
 * @param to latest block time
 */
public record Range(Long fromBlock, Long toBlock, Instant from, Instant to) {

  public static final Range ALL = new Range(null, null, null, null);
}
