package io.chainexplorer.sink.scylla.cql;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Applies {@code cql/schema.cql} (keyspace and tables, all IF NOT EXISTS) to a cluster. */
public final class SchemaMigrator {

  static final String RESOURCE = "/cql/schema.cql";

  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,47}");

  private SchemaMigrator() {}

  /** Runs every statement, waiting for schema agreement after each so the next one sees it. */
  public static void apply(CqlSession session, String keyspace, String replication) {
    for (String cql : statements(keyspace, replication)) {
      session.execute(SimpleStatement.newInstance(cql).setTimeout(Duration.ofSeconds(60)));
      session.checkSchemaAgreement();
    }
  }

  /** The statements of the schema file for one keyspace, comments stripped. */
  static List<String> statements(String keyspace, String replication) {
    if (!IDENTIFIER.matcher(keyspace).matches()) {
      throw new IllegalArgumentException("not a valid keyspace name: " + keyspace);
    }
    String text = read().replace("${keyspace}", keyspace).replace("${replication}", replication);
    StringBuilder uncommented = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.trim().startsWith("--")) {
        uncommented.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String statement : uncommented.toString().split(";")) {
      if (!statement.isBlank()) {
        statements.add(statement.trim());
      }
    }
    return statements;
  }

  private static String read() {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the connector jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
