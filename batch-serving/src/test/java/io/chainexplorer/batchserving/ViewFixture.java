package io.chainexplorer.batchserving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * A batch job's output as Spark writes it: per view and day a {@code date=} directory of Parquet
 * with the column types Spark gives (counts INT64, uint256 and addresses STRING, days DATE, the
 * partition column not repeated in the files), {@code _content_hashes.tsv} and {@code
 * _batch_run.json}.
 */
final class ViewFixture {

  static final String CHAIN_DAILY =
      "message spark_schema { required int64 blocks; optional int64 transactions;"
          + " optional int64 failed_transactions; optional int64 gas_used;"
          + " optional binary fees_paid_wei (STRING); optional binary mean_base_fee_wei (STRING);"
          + " optional int64 active_addresses; optional int64 contracts_created; }";
  static final String TOKEN_DAILY =
      "message spark_schema { optional binary token_address (STRING);"
          + " optional binary standard (STRING); required int64 transfers;"
          + " required int64 distinct_senders; required int64 distinct_receivers;"
          + " optional binary volume (STRING); required int64 distinct_token_ids;"
          + " optional int64 mints; optional int64 burns; }";
  static final String ADDRESS_DAILY =
      "message spark_schema { optional binary address (STRING);"
          + " optional int64 transactions_sent; optional int64 transactions_received;"
          + " optional binary fees_paid_wei (STRING);"
          + " optional int64 erc20_transfers_in; optional int64 erc20_transfers_out;"
          + " optional int64 erc721_transfers_in; optional int64 erc721_transfers_out;"
          + " optional int64 erc1155_transfers_in; optional int64 erc1155_transfers_out;"
          + " optional int64 contracts_created; }";
  static final String TOKENS =
      "message spark_schema { optional binary token_address (STRING);"
          + " optional binary standard (STRING); optional int64 first_block;"
          + " optional int64 last_block; optional int32 first_date (DATE);"
          + " optional int32 last_date (DATE); required int64 transfers;"
          + " optional binary creator (STRING); optional binary creation_transaction (STRING);"
          + " optional boolean created_by_factory; }";
  static final String SECURITY_TOKENS_DAILY =
      "message spark_schema { optional binary standard (STRING);"
          + " optional binary token_address (STRING); optional int64 transfers;"
          + " optional int64 issuances; optional int64 redemptions; optional int64 forced_transfers;"
          + " optional int64 documents_set; optional int64 distinct_holders_active; }";
  static final String SECURITY_TOKEN_PARTITIONS_DAILY =
      "message spark_schema { optional binary token_address (STRING);"
          + " optional binary partition (STRING); optional int64 transfers;"
          + " optional binary volume (STRING); }";
  static final String SECURITY_TOKEN_ADOPTION =
      "message spark_schema { optional binary standard (STRING); optional int64 active_tokens;"
          + " optional int64 cumulative_tokens; }";

  private final Path out;
  private final Map<String, Map<String, List<Object[]>>> written = new LinkedHashMap<>();

  ViewFixture(Path out) {
    this.out = out;
  }

  Path out() {
    return out;
  }

  /** Writes {@code rows} (values in schema order, null for none) of a daily view's day. */
  ViewFixture day(String view, String schema, String day, Object[]... rows) {
    write(out.resolve(view).resolve("date=" + day), schema, rows);
    written.computeIfAbsent(view, v -> new LinkedHashMap<>()).put(day, Arrays.asList(rows));
    return this;
  }

  /** Writes the rows of a view that is not daily (one hash, day {@code all}). */
  ViewFixture whole(String view, String schema, Object[]... rows) {
    write(out.resolve(view), schema, rows);
    written.computeIfAbsent(view, v -> new LinkedHashMap<>()).put("all", Arrays.asList(rows));
    return this;
  }

  /** Removes a daily view's day, as a run does when that day has no input left. */
  ViewFixture drop(String view, String day) {
    try (java.util.stream.Stream<Path> files =
        Files.walk(out.resolve(view).resolve("date=" + day))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(ViewFixture::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written.get(view).remove(day);
    return this;
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes every view's {@code _content_hashes.tsv} and {@code _batch_run.json}. */
  ViewFixture finish(String runId, String watermark, String status) {
    try {
      StringBuilder views = new StringBuilder();
      for (Map.Entry<String, Map<String, List<Object[]>>> view : written.entrySet()) {
        StringBuilder tsv = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, List<Object[]>> day : view.getValue().entrySet()) {
          tsv.append(view.getKey()).append('\t').append(day.getKey()).append('\t');
          tsv.append(day.getValue().size()).append('\t').append(hash(day.getValue())).append('\n');
          total += day.getValue().size();
        }
        Files.writeString(out.resolve(view.getKey()).resolve("_content_hashes.tsv"), tsv);
        views.append(views.length() == 0 ? "" : ",");
        views.append("\"" + view.getKey() + "\": {\"rowsWritten\": " + total + "}");
      }
      String json =
          "{\"runId\": \"%s\", \"startedAt\": \"2026-12-03T01:00:00Z\", \"finishedAt\":"
              + " \"2026-12-03T01:02:03Z\", \"durationMs\": 123000, \"mode\": \"full\","
              + " \"views\": {%s}, \"watermark\": \"%s\", \"status\": \"%s\", \"failedView\":"
              + " null}";
      Files.writeString(
          out.resolve("_batch_run.json"), String.format(json, runId, views, watermark, status));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path directory, String schema, Object[]... rows) {
    MessageType type = MessageTypeParser.parseMessageType(schema);
    SimpleGroupFactory groups = new SimpleGroupFactory(type);
    org.apache.hadoop.fs.Path file =
        new org.apache.hadoop.fs.Path(directory.resolve("part-00000-c000.snappy.parquet").toUri());
    try (ParquetWriter<Group> writer =
        ExampleParquetWriter.builder(file)
            .withType(type)
            .withConf(new Configuration())
            .withWriteMode(org.apache.parquet.hadoop.ParquetFileWriter.Mode.OVERWRITE)
            .build()) {
      for (Object[] row : rows) {
        Group group = groups.newGroup();
        for (int i = 0; i < row.length; i++) {
          Object value = row[i];
          if (value instanceof Long l) {
            group.add(i, l);
          } else if (value instanceof String s) {
            group.add(i, s);
          } else if (value instanceof LocalDate d) {
            group.add(i, (int) d.toEpochDay());
          } else if (value instanceof Boolean b) {
            group.add(i, b);
          } else if (value != null) {
            throw new IllegalArgumentException("no Parquet value for " + value.getClass());
          }
        }
        writer.write(group);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(List<Object[]> rows) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Object[] row : rows) {
        digest.update((Arrays.toString(row) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Object[] row(Object... values) {
    return values;
  }
}
