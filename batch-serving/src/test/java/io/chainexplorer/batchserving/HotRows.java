package io.chainexplorer.batchserving;

import com.datastax.oss.driver.api.core.CqlSession;
import java.math.BigInteger;
import java.time.Instant;

/** Rows of the hot tables as the ScyllaDB sink writes them, for the reconciliation tests. */
final class HotRows {

  private final CqlSession session;
  private final String keyspace;

  HotRows(CqlSession session, String keyspace) {
    this.session = session;
    this.keyspace = keyspace;
  }

  void metric(String minute, long blocks, long txs, long gas, BigInteger fees) {
    session.execute(
        "INSERT INTO "
            + keyspace
            + ".chain_metrics_by_day (day, minute_start, block_count,"
            + " transaction_count, gas_used, fees_paid) VALUES (?, ?, ?, ?, ?, ?)",
        ReconcilerIT.DAY,
        Instant.parse(minute),
        blocks,
        txs,
        gas,
        fees);
  }

  void transfer(long block, String from, String to, BigInteger amount) {
    session.execute(
        "INSERT INTO "
            + keyspace
            + ".token_transfers_by_token (token_address, bucket,"
            + " block_number, log_index, batch_index, block_timestamp, standard, from_address,"
            + " to_address, amount) VALUES (?, 202612, ?, 0, 0, ?, 'ERC20', ?, ?, ?)",
        ReconcilerIT.TOKEN,
        block,
        ReconcilerIT.NOON,
        from,
        to,
        amount);
  }

  void transaction(String address, long block, String direction, BigInteger fee) {
    session.execute(
        "INSERT INTO "
            + keyspace
            + ".transactions_by_address (address, bucket, block_number,"
            + " tx_index, direction, block_timestamp, fee_paid, classification) VALUES (?, 202612,"
            + " ?, 0, ?, ?, ?, 'TRANSFER')",
        address,
        block,
        direction,
        ReconcilerIT.NOON,
        fee);
  }

  void transferOf(String address, long block, String direction) {
    session.execute(
        "INSERT INTO "
            + keyspace
            + ".token_transfers_by_address (address, bucket, block_number,"
            + " log_index, batch_index, direction, block_timestamp, token_address, standard)"
            + " VALUES (?, 202612, ?, 0, 0, ?, ?, ?, 'ERC20')",
        address,
        block,
        direction,
        ReconcilerIT.NOON,
        ReconcilerIT.TOKEN);
  }
}
