package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One scenario, three boots: each boot costs seconds of two shared cores. */
class EmbeddedCassandraIT {

  @TempDir Path dir;

  @Test
  void shouldKeepRowsWhenStoppedKilledAndStartedAgainOnTheSameDataDir() {
    try (EmbeddedCassandra first = EmbeddedCassandra.builder().baseDir(dir).start()) {
      int port = first.nativePort();
      execute(
          first,
          "CREATE KEYSPACE restarts WITH replication = {'class':'SimpleStrategy','replication_factor':1}");
      execute(first, "CREATE TABLE restarts.blocks (number bigint PRIMARY KEY, hash text)");
      execute(first, "INSERT INTO restarts.blocks (number, hash) VALUES (1, '0xaa')");

      first.stop();
      assertThat(first.isRunning()).isFalse();
      assertThat(FreePorts.isListening(port)).isFalse();
      first.restart();
      assertThat(first.nativePort()).isEqualTo(port);
      execute(first, "INSERT INTO restarts.blocks (number, hash) VALUES (2, '0xbb')");
      first.kill();
    }
    assertThat(dir.resolve("commitlog")).isDirectory();

    // as `make run` resumes: a new node, new ports, the same directory
    try (EmbeddedCassandra second = EmbeddedCassandra.builder().baseDir(dir).start()) {
      assertThat(hashes(second)).containsExactlyInAnyOrder("1=0xaa", "2=0xbb");
    }
  }

  @Test
  void shouldStayFarBelow512MbOfResidentMemoryWhenServing() throws IOException {
    try (EmbeddedCassandra node = EmbeddedCassandra.builder().baseDir(dir).start()) {
      execute(
          node,
          "CREATE KEYSPACE memory WITH replication = {'class':'SimpleStrategy','replication_factor':1}");
      execute(node, "CREATE TABLE memory.blocks (number bigint PRIMARY KEY, hash text)");
      try (CqlSession session = session(node)) {
        for (int i = 0; i < 2_000; i++) {
          session.execute("INSERT INTO memory.blocks (number, hash) VALUES (?, ?)", (long) i, "0x");
        }
      }

      // 560 MB before the node's memory settings: mlockall alone pinned the 125 MB module image
      assertThat(residentMegabytes(node.pid())).isLessThan(450);
    }
  }

  private static long residentMegabytes(long pid) throws IOException {
    return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
            .filter(line -> line.startsWith("VmRSS:"))
            .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
            .findFirst()
            .orElseThrow()
        / 1024;
  }

  private static List<String> hashes(EmbeddedCassandra cassandra) {
    try (CqlSession session = session(cassandra)) {
      return session.execute("SELECT number, hash FROM restarts.blocks").all().stream()
          .map(EmbeddedCassandraIT::format)
          .collect(Collectors.toList());
    }
  }

  private static String format(Row row) {
    return row.getLong("number") + "=" + row.getString("hash");
  }

  private static void execute(EmbeddedCassandra cassandra, String cql) {
    try (CqlSession session = session(cassandra)) {
      session.execute(cql);
    }
  }

  private static CqlSession session(EmbeddedCassandra cassandra) {
    return CqlSession.builder()
        .addContactPoint(new InetSocketAddress(cassandra.host(), cassandra.nativePort()))
        .withLocalDatacenter(cassandra.localDatacenter())
        .withConfigLoader(
            DriverConfigLoader.programmaticBuilder()
                // two cores shared by a whole build: schema changes can take seconds
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(20))
                .withDuration(
                    DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(20))
                .build())
        .build();
  }
}
