package io.chainexplorer.sink.scylla.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.sink.scylla.mapping.Table;
import io.chainexplorer.sink.scylla.mapping.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

  private static final Pattern COLUMN =
      Pattern.compile("^\\s+([a-z0-9_]+) [a-z]+", Pattern.MULTILINE);

  @Test
  void shouldCreateTheKeyspaceThenEveryTable() {
    List<String> statements = SchemaMigrator.statements("ks", "{'class': 'SimpleStrategy'}");

    assertThat(statements.get(0))
        .isEqualTo(
            "CREATE KEYSPACE IF NOT EXISTS ks WITH replication = {'class': 'SimpleStrategy'}");
    assertThat(statements).hasSize(1 + Tables.ALL.size());
  }

  @Test
  void shouldDeclareExactlyTheColumnsTheWriterBinds() {
    List<String> statements = SchemaMigrator.statements("ks", "{}");
    for (Table table : Tables.ALL) {
      String create =
          statements.stream()
              .filter(s -> s.startsWith("CREATE TABLE IF NOT EXISTS ks." + table.name() + " "))
              .findFirst()
              .orElseThrow();
      assertThat(columns(create))
          .as(table.name())
          .containsExactlyInAnyOrderElementsOf(table.columns());
    }
  }

  @Test
  void shouldStoreTheBlockHashInEveryBlockDerivedTable() {
    assertThat(Tables.ALL)
        .filteredOn(Table::retractable)
        .hasSize(Tables.ALL.size() - 2)
        .allSatisfy(t -> assertThat(t.columns()).contains("block_hash"));
  }

  @Test
  void shouldRefuseAKeyspaceNameThatIsNotAnIdentifier() {
    assertThatThrownBy(() -> SchemaMigrator.statements("ks; DROP KEYSPACE x", "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> columns(String create) {
    List<String> columns = new ArrayList<>();
    Matcher m = COLUMN.matcher(create);
    while (m.find()) {
      if (!m.group(1).equals("PRIMARY")) {
        columns.add(m.group(1));
      }
    }
    return columns;
  }
}
