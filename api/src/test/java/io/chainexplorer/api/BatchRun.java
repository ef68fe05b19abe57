package io.chainexplorer.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * A batch job's output as the Spark job writes it, for the batch layer's own loader: per view and
 * day a {@code date=} directory of Parquet (counts INT64, uint256 and addresses STRING, the day
 * only in the directory name), each view's {@code _content_hashes.tsv} and {@code _batch_run.json}.
 */
final class BatchRun {

  /** A view's directory name and the Parquet schema Spark writes it with. */
  record View(String name, String schema) {}

  static final View CHAIN_DAILY =
      new View(
          "chain_daily",
          "message spark_schema { required int64 blocks; optional int64 transactions;"
              + " optional int64 failed_transactions; optional int64 gas_used;"
              + " optional binary fees_paid_wei (STRING); optional binary mean_base_fee_wei (STRING);"
              + " optional int64 active_addresses; optional int64 contracts_created; }");
  static final View TOKEN_DAILY =
      new View(
          "token_daily",
          "message spark_schema { optional binary token_address (STRING);"
              + " optional binary standard (STRING); required int64 transfers;"
              + " required int64 distinct_senders; required int64 distinct_receivers;"
              + " optional binary volume (STRING); required int64 distinct_token_ids;"
              + " optional int64 mints; optional int64 burns; }");
  static final View SECURITY_TOKENS_DAILY =
      new View(
          "security_tokens_daily",
          "message spark_schema { optional binary standard (STRING);"
              + " optional binary token_address (STRING); optional int64 transfers;"
              + " optional int64 issuances; optional int64 redemptions; optional int64 forced_transfers;"
              + " optional int64 documents_set; optional int64 distinct_holders_active; }");

  private final Path out;
  private final Map<String, Map<String, List<Object[]>>> written = new LinkedHashMap<>();

  BatchRun(Path out) {
    this.out = out;
  }

  /** Writes one day of a daily view: {@code rows} hold values in schema order, null for none. */
  BatchRun day(View view, String day, Object[]... rows) {
    write(out.resolve(view.name()).resolve("date=" + day), view.schema(), rows);
    written.computeIfAbsent(view.name(), v -> new LinkedHashMap<>()).put(day, Arrays.asList(rows));
    return this;
  }

  /** Writes the hash files and the run record of a successful run; returns the output directory. */
  String finish(String runId, String watermark) {
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
          "{\"runId\": \"%s\", \"startedAt\": \"2025-04-03T01:00:00Z\", \"finishedAt\":"
              + " \"2025-04-03T01:02:03Z\", \"durationMs\": 123000, \"mode\": \"full\","
              + " \"views\": {%s}, \"watermark\": \"%s\", \"status\": \"ok\", \"failedView\": null}";
      Files.writeString(
          out.resolve("_batch_run.json"), String.format(json, runId, views, watermark));
      return out.toString();
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
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .build()) {
      for (Object[] row : rows) {
        Group group = groups.newGroup();
        for (int i = 0; i < row.length; i++) {
          if (row[i] instanceof Long l) {
            group.add(i, l);
          } else if (row[i] instanceof String s) {
            group.add(i, s);
          } else if (row[i] != null) {
            throw new IllegalArgumentException("no Parquet value for " + row[i].getClass());
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
