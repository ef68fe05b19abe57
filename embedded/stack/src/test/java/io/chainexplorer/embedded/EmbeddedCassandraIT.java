package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One node for the whole class: each boot costs seconds of two shared cores. */
class EmbeddedCassandraIT {

  private static EmbeddedCassandra cassandra;

  @BeforeAll
  static void startCassandra() {
    cassandra = EmbeddedCassandra.start();
  }

  @AfterAll
  static void stopCassandra() {
    cassandra.close();
  }

  @Test
  void shouldKeepRowsAndPortWhenStoppedOrKilledAndRestartedOnTheSameDataDir() {
    int port = cassandra.nativePort();
    execute(
        "CREATE KEYSPACE restarts WITH replication = {'class':'SimpleStrategy','replication_factor':1}");
    execute("CREATE TABLE restarts.blocks (number bigint PRIMARY KEY, hash text)");
    execute("INSERT INTO restarts.blocks (number, hash) VALUES (1, '0xaa')");

    cassandra.stop();
    assertThat(cassandra.isRunning()).isFalse();
    assertThat(FreePorts.isListening(port)).isFalse();
    cassandra.restart();
    execute("INSERT INTO restarts.blocks (number, hash) VALUES (2, '0xbb')");
    cassandra.kill();
    cassandra.restart();

    assertThat(cassandra.nativePort()).isEqualTo(port);
    assertThat(hashes()).containsExactlyInAnyOrder("1=0xaa", "2=0xbb");
  }

  private static List<String> hashes() {
    try (CqlSession session = session()) {
      return session.execute("SELECT number, hash FROM restarts.blocks").all().stream()
          .map(EmbeddedCassandraIT::format)
          .collect(Collectors.toList());
    }
  }

  private static String format(Row row) {
    return row.getLong("number") + "=" + row.getString("hash");
  }

  private static void execute(String cql) {
    try (CqlSession session = session()) {
      session.execute(cql);
    }
  }

  private static CqlSession session() {
    return CqlSession.builder()
        .addContactPoint(new InetSocketAddress(cassandra.host(), cassandra.nativePort()))
        .withLocalDatacenter(cassandra.localDatacenter())
        .withConfigLoader(
            DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(20))
                .withDuration(
                    DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(20))
                .build())
        .build();
  }
}
