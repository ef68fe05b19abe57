package io.chainexplorer.batch.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The single-machine peer: {@code chain_daily} and {@code token_daily} computed by DuckDB (2
 * threads) over the same committed cold-store files, latest record per key as the batch layer keeps
 * it. DuckDB reads Parquet decimals wider than 38 digits as DOUBLE, so its uint256 sums are
 * floating-point approximations of the exact sums the batch layer writes.
 */
final class DuckDbViews implements AutoCloseable {

  private static final String ZERO = "'0x0000000000000000000000000000000000000000'";
  private static final String DAY = "DATE '1970-01-01' + CAST(blockTimestamp // 86400 AS INTEGER)";

  private final Connection connection;
  private final Path chainRoot;

  /** A DuckDB in memory over the cold store of {@code chain} under {@code root}. */
  DuckDbViews(Path root, String chain, String memoryLimit) throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    this.chainRoot = root.resolve(chain);
    execute("SET threads = 2");
    execute("SET memory_limit = '" + memoryLimit + "'");
    execute("SET preserve_insertion_order = false");
  }

  /** Builds both views as tables {@code duck_chain_daily} and {@code duck_token_daily}; millis. */
  long build() throws SQLException {
    long start = System.nanoTime();
    execute("CREATE OR REPLACE TEMP VIEW blocks AS " + canonical("block", "blockNumber"));
    execute("CREATE OR REPLACE TEMP VIEW txs AS " + canonical("transaction", "hash"));
    execute(
        "CREATE OR REPLACE TEMP VIEW transfers AS "
            + canonical("token-transfer", "transactionHash, logIndex, batchIndex"));
    execute(
        "CREATE OR REPLACE TEMP VIEW contracts AS " + canonical("contract-creation", "address"));
    execute(
        "CREATE OR REPLACE TABLE duck_chain_daily AS"
            + " WITH b AS (SELECT day, count(*) AS blocks, sum(gasUsed) AS gas_used,"
            + "   avg(baseFeePerGas) AS mean_base_fee FROM blocks GROUP BY day),"
            + " t AS (SELECT day, count(*) AS transactions,"
            + "   count(*) FILTER (WHERE classification = 'FAILED') AS failed_transactions,"
            + "   sum(feePaid) AS fees_paid FROM txs GROUP BY day),"
            + " a AS (SELECT day, count(DISTINCT address) AS active_addresses FROM ("
            + "   SELECT day, \"from\" AS address FROM txs"
            + "   UNION ALL SELECT day, \"to\" FROM txs WHERE \"to\" IS NOT NULL) GROUP BY day),"
            + " c AS (SELECT day, count(*) AS contracts_created FROM contracts GROUP BY day)"
            + " SELECT b.day, blocks, coalesce(transactions, 0) AS transactions,"
            + "   coalesce(failed_transactions, 0) AS failed_transactions, gas_used, fees_paid,"
            + "   mean_base_fee, coalesce(active_addresses, 0) AS active_addresses,"
            + "   coalesce(contracts_created, 0) AS contracts_created"
            + " FROM b LEFT JOIN t USING (day) LEFT JOIN a USING (day) LEFT JOIN c USING (day)");
    execute(
        "CREATE OR REPLACE TABLE duck_token_daily AS SELECT day, tokenAddress AS token_address,"
            + " CAST(standard AS VARCHAR) AS standard, count(*) AS transfers,"
            + " count(DISTINCT \"from\") AS distinct_senders,"
            + " count(DISTINCT \"to\") AS distinct_receivers,"
            + " CASE WHEN standard = 'ERC721' THEN count(*) ELSE coalesce(sum(amount), 0) END"
            + "   AS volume,"
            + " count(DISTINCT tokenId) AS distinct_token_ids,"
            + " count(*) FILTER (WHERE \"from\" = "
            + ZERO
            + ") AS mints,"
            + " count(*) FILTER (WHERE \"to\" = "
            + ZERO
            + ") AS burns"
            + " FROM transfers GROUP BY day, tokenAddress, standard");
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Every row of {@code sql}, each as its column values. */
  List<Object[]> rows(String sql) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rows.getObject(i + 1);
        }
        out.add(row);
      }
    }
    return out;
  }

  /**
   * The rows of {@code entity}'s committed files that stand: per key the record at the highest
   * offset (file's first offset + row position), dropped when it is a retraction.
   */
  private String canonical(String entity, String key) {
    String files = chainRoot.resolve(entity) + "/date=*/hour=*/*+*+*+*.parquet";
    return "SELECT *, "
        + DAY
        + " AS day FROM (SELECT *, CAST(regexp_extract(filename, '\\+(\\d+)\\+\\d+\\.parquet$', 1)"
        + " AS BIGINT) + file_row_number AS record_offset FROM read_parquet('"
        + files
        + "', filename = true, file_row_number = true, hive_partitioning = false))"
        + " QUALIFY row_number() OVER (PARTITION BY "
        + key
        + " ORDER BY record_offset DESC) = 1 AND NOT retracted";
  }

  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
