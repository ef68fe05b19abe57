package io.chainexplorer.api.store;

import com.datastax.oss.driver.api.core.cql.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A transaction of {@code transactions_by_hash} with what the hot tables hold about it at its
 * block: the token transfers that involve its sender, its recipient or the token it called, the
 * decoded call of its recipient, and the decoded events of its recipient and of those tokens. Every
 * read is one block of one partition.
 */
public final class TransactionReader {

  private static final String BY_HASH = "SELECT * FROM ks.transactions_by_hash WHERE tx_hash = ?";
  private static final String TRANSFERS_OF_ADDRESS =
      "SELECT token_address, log_index, batch_index, tx_hash FROM ks.token_transfers_by_address"
          + " WHERE address = ? AND bucket = ? AND block_number = ?";
  private static final String TRANSFERS_OF_TOKEN =
      "SELECT * FROM ks.token_transfers_by_token"
          + " WHERE token_address = ? AND bucket = ? AND block_number = ?";
  private static final String CALL =
      "SELECT * FROM ks.decoded_calls_by_contract"
          + " WHERE contract_address = ? AND bucket = ? AND block_number = ? AND tx_hash = ?";
  private static final String EVENTS =
      "SELECT * FROM ks.decoded_events_by_contract"
          + " WHERE contract_address = ? AND bucket = ? AND block_number = ?";

  private final HotStore store;

  public TransactionReader(HotStore store) {
    this.store = store;
  }

  /** The row of {@code transactions_by_hash}, if stored. */
  public Optional<Row> row(String hash) {
    return Optional.ofNullable(store.session().execute(store.prepare(BY_HASH).bind(hash)).one());
  }

  /** The transaction and its related rows, if the hot store holds it. */
  public Optional<Map<String, Object>> byHash(String hash) {
    Row tx = row(hash).orElse(null);
    if (tx == null) {
      return Optional.empty();
    }
    Map<String, Object> view = new LinkedHashMap<>(RowJson.of(tx));
    int bucket = Buckets.of(tx.getInstant("block_timestamp"));
    long block = tx.getLong("block_number");
    String to = tx.getString("to_address");
    String callee = to != null ? to : tx.getString("contract_address");
    Set<String> tokens = new LinkedHashSet<>();
    if (callee != null) {
      tokens.add(callee);
    }
    for (String address : new String[] {tx.getString("from_address"), callee}) {
      if (address != null) {
        tokensOf(address, bucket, block, hash, tokens);
      }
    }
    List<Map<String, Object>> transfers = new ArrayList<>();
    for (String token : tokens) {
      transfers.addAll(ofTransaction(TRANSFERS_OF_TOKEN, token, bucket, block, hash));
    }
    transfers.sort(byLogIndex());
    view.put("tokenTransfers", transfers);
    view.put("decodedCall", callee == null ? null : call(callee, bucket, block, hash));
    List<Map<String, Object>> events = new ArrayList<>();
    for (String contract : tokens) {
      events.addAll(ofTransaction(EVENTS, contract, bucket, block, hash));
    }
    events.sort(byLogIndex());
    view.put("decodedEvents", events);
    return Optional.of(view);
  }

  private void tokensOf(String address, int bucket, long block, String hash, Set<String> tokens) {
    for (Row row :
        store.session().execute(store.prepare(TRANSFERS_OF_ADDRESS).bind(address, bucket, block))) {
      if (hash.equals(row.getString("tx_hash"))) {
        tokens.add(row.getString("token_address"));
      }
    }
  }

  private List<Map<String, Object>> ofTransaction(
      String cql, String partition, int bucket, long block, String hash) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Row row : store.session().execute(store.prepare(cql).bind(partition, bucket, block))) {
      if (hash.equals(row.getString("tx_hash"))) {
        rows.add(RowJson.of(row));
      }
    }
    return rows;
  }

  private Map<String, Object> call(String contract, int bucket, long block, String hash) {
    Row row =
        store.session().execute(store.prepare(CALL).bind(contract, bucket, block, hash)).one();
    return row == null ? null : RowJson.of(row);
  }

  private static Comparator<Map<String, Object>> byLogIndex() {
    return Comparator.comparing((Map<String, Object> m) -> (Long) m.get("logIndex"))
        .thenComparing(m -> m.get("batchIndex") == null ? 0L : (Long) m.get("batchIndex"));
  }
}
