package io.chainexplorer.sink.scylla;

import static io.chainexplorer.sink.scylla.SampleRecords.ALICE;
import static io.chainexplorer.sink.scylla.SampleRecords.BOB;
import static io.chainexplorer.sink.scylla.SampleRecords.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.avro.Transaction;
import org.junit.jupiter.api.Test;

/** The connector in a real Connect worker, writing to a real CQL node. */
class ScyllaSinkIT extends ScyllaSinkItSupport {

  @Test
  void shouldWriteEveryEntityWhereTheHotQueriesReadIt() {
    harness.produceTwoBlocks();

    startConnector(config());

    await()
        .atMost(SinkHarness.timeout())
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              assertThat(
                      one("SELECT block_hash FROM %s.blocks_by_number WHERE block_number = 2")
                          .getString(0))
                  .isEqualTo(B2);
              assertThat(
                      one("SELECT block_number FROM %s.blocks_by_hash WHERE block_hash = ?", B2)
                          .getLong(0))
                  .isEqualTo(2L);
              assertThat(
                      all(
                          "SELECT tx_hash FROM %s.transactions_by_address WHERE address = ? AND"
                              + " bucket = ?",
                          ALICE, BUCKET))
                  .extracting(r -> r.getString(0))
                  .containsExactly(T2, T1);
              assertThat(
                      all(
                          "SELECT direction FROM %s.transactions_by_address WHERE address = ? AND"
                              + " bucket = ?",
                          BOB, BUCKET))
                  .extracting(r -> r.getString(0))
                  .containsExactly("in", "in");
              assertThat(
                      all(
                          "SELECT minute_start FROM %s.chain_metrics_by_day"
                              + " WHERE day = '2026-11-21' LIMIT 1"))
                  .hasSize(1);
            });
    Row tx = one("SELECT value, block_hash FROM %s.transactions_by_hash WHERE tx_hash = ?", T1);
    assertThat(tx.getBigInteger(0)).isEqualTo(SampleRecords.UINT256_MAX.toBigIntegerExact());
    assertThat(tx.getString(1)).isEqualTo(B1);
    assertContractTablesAndMetrics();
    assertInternalTransactionTables();
  }

  private void assertInternalTransactionTables() {
    Row frame =
        one(
            "SELECT from_address, to_address, value, depth FROM %s.internal_transactions_by_tx"
                + " WHERE tx_hash = ? AND trace_address = '0'",
            T1);
    assertThat(frame.getString(0)).isEqualTo(TOKEN);
    assertThat(frame.getString(1)).isEqualTo(BOB);
    assertThat(frame.getBigInteger(2)).isEqualTo(java.math.BigInteger.valueOf(3));
    assertThat(frame.getInt(3)).isEqualTo(1);
    assertThat(
            all(
                "SELECT block_number, direction FROM %s.internal_transactions_by_address"
                    + " WHERE address = ? AND bucket = ?",
                BOB, BUCKET))
        .extracting(r -> r.getLong(0) + " " + r.getString(1))
        .containsExactly("2 in", "1 in");
    assertThat(
            all(
                "SELECT counterparty FROM %s.internal_transactions_by_address"
                    + " WHERE address = ? AND bucket = ?",
                TOKEN, BUCKET))
        .extracting(r -> r.getString(0))
        .containsExactly(BOB, BOB);
  }

  private void assertContractTablesAndMetrics() {
    assertThat(
            all(
                "SELECT amount FROM %s.token_transfers_by_token WHERE token_address = ?"
                    + " AND bucket = ?",
                TOKEN, BUCKET))
        .hasSize(2);
    assertThat(
            all(
                "SELECT direction FROM %s.token_transfers_by_address WHERE address = ?"
                    + " AND bucket = ?",
                ALICE, BUCKET))
        .extracting(r -> r.getString(0))
        .containsExactly("out", "out");
    assertThat(
            one(
                    "SELECT function_name FROM %s.decoded_calls_by_contract WHERE"
                        + " contract_address = ? AND bucket = ? LIMIT 1",
                    TOKEN, BUCKET)
                .getString(0))
        .isEqualTo("transfer");
    assertThat(
            all(
                "SELECT block_number FROM %s.decoded_events_by_contract WHERE"
                    + " contract_address = ? AND bucket = ?",
                TOKEN, BUCKET))
        .extracting(r -> r.getLong(0))
        .containsExactly(2L, 1L);
    assertThat(
            one("SELECT distinct_senders, minute_start FROM %s.chain_metrics_by_day WHERE"
                    + " day = '2026-11-21' LIMIT 1")
                .getInstant(1))
        .isEqualTo(SampleRecords.metrics(1).getMinuteStart());
    await().atMost(SinkHarness.timeout()).until(harness::caughtUp);
    assertTokens();
  }

  private void assertTokens() {
    Row token =
        one(
            "SELECT name, symbol, decimals, total_supply, name_unavailable, block_number"
                + " FROM %s.tokens WHERE token_address = ?",
            TOKEN);
    assertThat(token.getString(0)).isEqualTo("Maker");
    assertThat(token.getString(1)).isEqualTo("MKR");
    assertThat(token.getInt(2)).isEqualTo(18);
    assertThat(token.getBigInteger(3)).isEqualTo(SampleRecords.UINT256_MAX.toBigIntegerExact());
    assertThat(token.isNull(4)).isTrue();
    assertThat(token.getLong(5)).isEqualTo(1L);
    Row reverting =
        one(
            "SELECT name, name_unavailable, total_supply_unavailable, TTL(name_unavailable)"
                + " FROM %s.tokens WHERE token_address = ?",
            SinkHarness.REVERTING);
    assertThat(reverting.isNull(0)).isTrue();
    assertThat(reverting.getString(1)).isEqualTo("reverted");
    assertThat(reverting.getString(2)).isEqualTo("not-applicable");
    assertThat(reverting.isNull(3)).as("token rows are kept without TTL").isTrue();
  }

  @Test
  void shouldDeleteEveryRowOfARetractedRecordButKeepTheNewBlocksRecord() {
    harness.produceBlock(1, B1, 0);
    // The reorg: block 1 is replaced, T1 is re-included at another index, the rest is retracted.
    harness.produceBlock(1, B1_REORG, 1);
    retractBlockOne();

    startConnector(config());
    await().atMost(SinkHarness.timeout()).until(harness::caughtUp);

    assertThat(SinkHarness.dump(cql, harness.keyspace))
        .filteredOn(row -> !row.startsWith("chain_metrics"))
        .isNotEmpty()
        .noneMatch(row -> row.contains(B1))
        .allMatch(row -> row.contains(B1_REORG));
    assertThat(
            one("SELECT block_hash, tx_index FROM %s.transactions_by_hash WHERE tx_hash = ?", T1)
                .getLong(1))
        .isEqualTo(1L);
    assertThat(
            all(
                "SELECT tx_index FROM %s.transactions_by_address WHERE address = ? AND"
                    + " bucket = ?",
                ALICE, BUCKET))
        .extracting(r -> r.getLong(0))
        .containsExactly(1L);
    assertThat(
            all(
                "SELECT log_index FROM %s.token_transfers_by_address WHERE address = ? AND"
                    + " bucket = ?",
                BOB, BUCKET))
        .extracting(r -> r.getLong(0))
        .containsExactly(1L);
    assertThat(all("SELECT block_hash FROM %s.internal_transactions_by_tx WHERE tx_hash = ?", T1))
        .extracting(r -> r.getString(0))
        .containsExactly(B1_REORG);
  }

  /** The retractions of every record of the orphaned block 1, as the enricher sends them. */
  private void retractBlockOne() {
    harness.produce(
        "transactions",
        T1,
        Transaction.newBuilder(SampleRecords.transaction(T1, 1, B1, 0)).setRetracted(true).build());
    harness.produce(
        "transfers",
        T1 + ":0:0",
        io.chainexplorer.avro.TokenTransfer.newBuilder(SampleRecords.transfer(T1, 1, B1, 0))
            .setRetracted(true)
            .build());
    harness.produce(
        "calls",
        T1,
        io.chainexplorer.avro.DecodedCall.newBuilder(SampleRecords.call(T1, 1, B1))
            .setRetracted(true)
            .build());
    harness.produce(
        "events",
        T1 + ":0",
        io.chainexplorer.avro.DecodedEvent.newBuilder(SampleRecords.event(T1, 1, B1, 0))
            .setRetracted(true)
            .build());
    harness.produce(
        "internal",
        T1 + ":0",
        io.chainexplorer.avro.InternalTransaction.newBuilder(SampleRecords.internal(T1, 1, B1, 0))
            .setRetracted(true)
            .build());
    harness.produce(
        "blocks",
        "1",
        io.chainexplorer.avro.Block.newBuilder(SampleRecords.block(1, B1))
            .setRetracted(true)
            .build());
  }

  /**
   * A reorg that replaces each block by one whose transaction has the same sender and index: the
   * orphaned row's retraction and the new row share a primary key in the by-address table, and the
   * new row must survive whatever the order the cluster applies them in.
   */
  @Test
  void shouldKeepTheReplacingRowWhenARetractionSharesItsKey() {
    int blocks = 40;
    for (long n = 1; n <= blocks; n++) {
      String orphaned = SampleRecords.hash("dead", n);
      String canonical = SampleRecords.hash("beef", n);
      String orphanedTx = SampleRecords.hash("a1", n);
      harness.produce(
          "transactions", orphanedTx, SampleRecords.transaction(orphanedTx, n, orphaned, 0));
      harness.produce(
          "transactions",
          orphanedTx,
          Transaction.newBuilder(SampleRecords.transaction(orphanedTx, n, orphaned, 0))
              .setRetracted(true)
              .build());
      String canonicalTx = SampleRecords.hash("c1", n);
      harness.produce(
          "transactions", canonicalTx, SampleRecords.transaction(canonicalTx, n, canonical, 0));
    }

    startConnector(config());
    await().atMost(SinkHarness.timeout()).until(harness::caughtUp);

    assertThat(
            all(
                "SELECT block_hash FROM %s.transactions_by_address WHERE address = ? AND"
                    + " bucket = ?",
                ALICE, BUCKET))
        .extracting(r -> r.getString(0))
        .hasSize(blocks)
        .allMatch(hash -> hash.startsWith("0xbeef"));
  }
}
