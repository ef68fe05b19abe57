package io.chainexplorer.batchserving.reconcile;

import io.chainexplorer.batchserving.view.ViewTables;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code token_daily} against {@code token_transfers_by_token}: per token and standard, transfers,
 * distinct senders and receivers, volume, distinct token ids, mints and burns. The tokens compared
 * on a day are the view's tokens of that day and every token of the {@code tokens} view seen before
 * and after it, so a transfer the hot store holds on a day the batch has none is found.
 */
final class TokenDailyCheck {

  static final List<String> COLUMNS =
      List.of(
          "transfers",
          "distinct_senders",
          "distinct_receivers",
          "volume",
          "distinct_token_ids",
          "mints",
          "burns");

  private static final String ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

  private final HotStore hot;

  TokenDailyCheck(HotStore hot) {
    this.hot = hot;
  }

  /**
   * Compares {@code day}'s view rows, and the tokens {@code known} that day, with the hot store.
   */
  void check(
      LocalDate day, List<Map<String, Object>> viewRows, Set<String> known, List<Drift> drifts) {
    Map<String, Map<String, String>> batch = new TreeMap<>();
    Set<String> tokens = new TreeSet<>(known);
    for (Map<String, Object> row : viewRows) {
      String token = (String) row.get("token_address");
      tokens.add(token);
      batch.put(token + "/" + row.get("standard"), Figures.of(row, COLUMNS));
    }
    Map<String, Map<String, String>> speed = new TreeMap<>();
    for (String token : tokens) {
      speed.putAll(aggregate(token, hot.tokenTransfers(token, day)));
    }
    Set<String> keys = new TreeSet<>(batch.keySet());
    keys.addAll(speed.keySet());
    for (String key : keys) {
      Figures.compare(
          ViewTables.TOKEN_DAILY.view(), day, key, COLUMNS, batch.get(key), speed.get(key), drifts);
    }
  }

  /** The hot store's figures of one token's transfers of a day, per standard. */
  private static Map<String, Map<String, String>> aggregate(
      String token, List<HotStore.Transfer> transfers) {
    Map<String, List<HotStore.Transfer>> byStandard = new LinkedHashMap<>();
    for (HotStore.Transfer transfer : transfers) {
      byStandard
          .computeIfAbsent(transfer.standard(), s -> new java.util.ArrayList<>())
          .add(transfer);
    }
    Map<String, Map<String, String>> figures = new LinkedHashMap<>();
    byStandard.forEach(
        (standard, list) -> figures.put(token + "/" + standard, figures(standard, list)));
    return figures;
  }

  private static Map<String, String> figures(String standard, List<HotStore.Transfer> transfers) {
    Set<String> senders = new HashSet<>();
    Set<String> receivers = new HashSet<>();
    Set<BigInteger> ids = new HashSet<>();
    BigInteger volume = BigInteger.ZERO;
    long mints = 0;
    long burns = 0;
    for (HotStore.Transfer transfer : transfers) {
      senders.add(transfer.from());
      receivers.add(transfer.to());
      if (transfer.tokenId() != null) {
        ids.add(transfer.tokenId());
      }
      if (transfer.amount() != null) {
        volume = volume.add(transfer.amount());
      }
      mints += ZERO_ADDRESS.equals(transfer.from()) ? 1 : 0;
      burns += ZERO_ADDRESS.equals(transfer.to()) ? 1 : 0;
    }
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("transfers", Long.toString(transfers.size()));
    figures.put("distinct_senders", Integer.toString(senders.size()));
    figures.put("distinct_receivers", Integer.toString(receivers.size()));
    // An ERC-721 transfer moves one token: its volume is its count, as the view defines it.
    figures.put(
        "volume", "ERC721".equals(standard) ? Long.toString(transfers.size()) : volume.toString());
    figures.put("distinct_token_ids", Integer.toString(ids.size()));
    figures.put("mints", Long.toString(mints));
    figures.put("burns", Long.toString(burns));
    return figures;
  }
}
