package io.chainexplorer.batchserving.reconcile;

import io.chainexplorer.batchserving.view.ViewTables;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code address_daily} against {@code transactions_by_address} (transactions sent and received,
 * fees paid) and {@code token_transfers_by_address} (transfers in and out per standard), for the
 * view's first addresses of each day in address order; {@code contracts_created} has no hot table
 * to compare with.
 */
final class AddressDailyCheck {

  static final List<String> COLUMNS =
      List.of(
          "transactions_sent",
          "transactions_received",
          "fees_paid_wei",
          "erc20_transfers_in",
          "erc20_transfers_out",
          "erc721_transfers_in",
          "erc721_transfers_out",
          "erc1155_transfers_in",
          "erc1155_transfers_out");

  private final HotStore hot;
  private final int maxAddresses;

  AddressDailyCheck(HotStore hot, int maxAddresses) {
    this.hot = hot;
    this.maxAddresses = maxAddresses;
  }

  void check(LocalDate day, List<Map<String, Object>> viewRows, List<Drift> drifts) {
    List<Map<String, Object>> rows = new ArrayList<>(viewRows);
    rows.sort(Comparator.comparing(row -> (String) row.get("address")));
    for (Map<String, Object> row : rows.subList(0, Math.min(maxAddresses, rows.size()))) {
      String address = (String) row.get("address");
      Map<String, String> speed = speed(address, day);
      Figures.compare(
          ViewTables.ADDRESS_DAILY.view(),
          day,
          address,
          COLUMNS,
          Figures.of(row, COLUMNS),
          speed,
          drifts);
    }
  }

  private Map<String, String> speed(String address, LocalDate day) {
    long sent = 0;
    long received = 0;
    BigInteger fees = BigInteger.ZERO;
    for (HotStore.AddressTransaction transaction : hot.addressTransactions(address, day)) {
      if ("out".equals(transaction.direction())) {
        sent++;
        fees = transaction.fee() == null ? fees : fees.add(transaction.fee());
      } else if (!"CONTRACT_CREATION".equals(transaction.classification())) {
        // The hot store files a creation under the created contract; the view counts only `to`.
        received++;
      }
    }
    Map<String, Long> transfers = new LinkedHashMap<>();
    for (HotStore.Transfer transfer : hot.addressTransfers(address, day)) {
      String column =
          transfer.standard().toLowerCase(Locale.ROOT) + "_transfers_" + transfer.direction();
      transfers.merge(column, 1L, Long::sum);
    }
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("transactions_sent", Long.toString(sent));
    figures.put("transactions_received", Long.toString(received));
    figures.put("fees_paid_wei", fees.toString());
    for (String column : COLUMNS.subList(3, COLUMNS.size())) {
      figures.put(column, Long.toString(transfers.getOrDefault(column, 0L)));
    }
    return figures;
  }
}
