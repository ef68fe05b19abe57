package io.chainexplorer.batchserving.reconcile;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The speed layer's figures, read from the ScyllaDB sink's hot tables: the per-minute chain metrics
 * of a day, and a token's or an address's rows of a day (from their month bucket).
 */
final class HotStore {

  /**
   * A token transfer as the hot tables hold it; {@code direction} is null in the by-token table.
   */
  record Transfer(
      String standard,
      String from,
      String to,
      String direction,
      BigInteger amount,
      BigInteger tokenId) {}

  /** A transaction row of {@code transactions_by_address}. */
  record AddressTransaction(String direction, BigInteger fee, String classification) {}

  private final CqlSession session;
  private final PreparedStatement metrics;
  private final PreparedStatement metricDays;
  private final PreparedStatement byToken;
  private final PreparedStatement transactionsByAddress;
  private final PreparedStatement transfersByAddress;

  HotStore(CqlSession session, String keyspace) {
    this.session = session;
    this.metrics =
        session.prepare(
            "SELECT block_count, transaction_count, gas_used, fees_paid FROM "
                + keyspace
                + ".chain_metrics_by_day WHERE day = ?");
    // One partition per day, kept for the hot store's TTL: a scan of their keys is small.
    this.metricDays =
        session.prepare("SELECT DISTINCT day FROM " + keyspace + ".chain_metrics_by_day");
    this.byToken =
        session.prepare(
            "SELECT block_timestamp, standard, from_address, to_address, amount, token_id FROM "
                + keyspace
                + ".token_transfers_by_token WHERE token_address = ? AND bucket = ?");
    this.transactionsByAddress =
        session.prepare(
            "SELECT block_timestamp, direction, fee_paid, classification FROM "
                + keyspace
                + ".transactions_by_address WHERE address = ? AND bucket = ?");
    this.transfersByAddress =
        session.prepare(
            "SELECT block_timestamp, direction, standard, amount, token_id FROM "
                + keyspace
                + ".token_transfers_by_address WHERE address = ? AND bucket = ?");
  }

  /**
   * The day's chain metrics summed over its minutes (blocks, transactions, gas_used,
   * fees_paid_wei), or empty when the hot store has no minute of that day.
   */
  Optional<Map<String, String>> chainDay(LocalDate day) {
    long blocks = 0;
    long transactions = 0;
    long gas = 0;
    BigInteger fees = BigInteger.ZERO;
    boolean any = false;
    for (Row row : session.execute(metrics.bind(day))) {
      any = true;
      blocks += row.getLong("block_count");
      transactions += row.getLong("transaction_count");
      gas += row.getLong("gas_used");
      BigInteger fee = row.getBigInteger("fees_paid");
      fees = fee == null ? fees : fees.add(fee);
    }
    if (!any) {
      return Optional.empty();
    }
    Map<String, String> figures = new HashMap<>();
    figures.put("blocks", Long.toString(blocks));
    figures.put("transactions", Long.toString(transactions));
    figures.put("gas_used", Long.toString(gas));
    figures.put("fees_paid_wei", fees.toString());
    return Optional.of(figures);
  }

  /** The days the hot store holds chain metrics of, in order. */
  SortedSet<LocalDate> metricDays() {
    SortedSet<LocalDate> days = new TreeSet<>();
    for (Row row : session.execute(metricDays.bind())) {
      days.add(row.getLocalDate("day"));
    }
    return days;
  }

  /** The transfers of {@code token} whose block time is on {@code day}. */
  List<Transfer> tokenTransfers(String token, LocalDate day) {
    List<Transfer> transfers = new ArrayList<>();
    for (Row row : session.execute(byToken.bind(token, bucket(day)))) {
      if (onDay(row, day)) {
        transfers.add(
            new Transfer(
                row.getString("standard"),
                row.getString("from_address"),
                row.getString("to_address"),
                null,
                row.getBigInteger("amount"),
                row.getBigInteger("token_id")));
      }
    }
    return transfers;
  }

  /** The transaction rows of {@code address} whose block time is on {@code day}. */
  List<AddressTransaction> addressTransactions(String address, LocalDate day) {
    List<AddressTransaction> transactions = new ArrayList<>();
    for (Row row : session.execute(transactionsByAddress.bind(address, bucket(day)))) {
      if (onDay(row, day)) {
        transactions.add(
            new AddressTransaction(
                row.getString("direction"),
                row.getBigInteger("fee_paid"),
                row.getString("classification")));
      }
    }
    return transactions;
  }

  /** The token transfer rows of {@code address} whose block time is on {@code day}. */
  List<Transfer> addressTransfers(String address, LocalDate day) {
    List<Transfer> transfers = new ArrayList<>();
    for (Row row : session.execute(transfersByAddress.bind(address, bucket(day)))) {
      if (onDay(row, day)) {
        transfers.add(
            new Transfer(
                row.getString("standard"),
                null,
                null,
                row.getString("direction"),
                row.getBigInteger("amount"),
                row.getBigInteger("token_id")));
      }
    }
    return transfers;
  }

  private static boolean onDay(Row row, LocalDate day) {
    return row.getInstant("block_timestamp").atZone(ZoneOffset.UTC).toLocalDate().equals(day);
  }

  /** The sink's month bucket of a day: yyyymm of the UTC block time. */
  static int bucket(LocalDate day) {
    return day.getYear() * 100 + day.getMonthValue();
  }
}
