package io.chainexplorer.batchserving.cql;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Applies {@code cql/batch-schema.cql} (keyspace and batch tables, all IF NOT EXISTS). */
public final class BatchSchema {

  static final String RESOURCE = "/cql/batch-schema.cql";

  private BatchSchema() {}

  /** Runs every statement, waiting for schema agreement after each so the next one sees it. */
  public static void apply(CqlSession session, String keyspace, String replication) {
    for (String cql : statements(keyspace, replication)) {
      session.execute(SimpleStatement.newInstance(cql).setTimeout(Duration.ofSeconds(60)));
      session.checkSchemaAgreement();
    }
  }

  /** The file's statements for one keyspace, comment lines dropped. */
  static List<String> statements(String keyspace, String replication) {
    String text =
        Arrays.stream(read().split("\n"))
            .filter(line -> !line.stripLeading().startsWith("--"))
            .collect(Collectors.joining("\n"))
            .replace("${keyspace}", keyspace)
            .replace("${replication}", replication);
    return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String read() {
    try (InputStream in = BatchSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
