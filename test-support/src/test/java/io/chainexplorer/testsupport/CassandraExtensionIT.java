package io.chainexplorer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CassandraExtension.class)
class CassandraExtensionIT {

  private CassandraEndpoint injected;

  @Test
  void shouldReadBackTheRowWhenInsertedThroughTheScyllaDriver(CassandraEndpoint cassandra) {
    try (CqlSession session = session(cassandra)) {
      session.execute(
          "CREATE KEYSPACE IF NOT EXISTS smoke WITH replication ="
              + " {'class':'SimpleStrategy','replication_factor':1}");
      session.execute(
          "CREATE TABLE IF NOT EXISTS smoke.blocks (number bigint PRIMARY KEY, hash text)");
      session.execute(
          session
              .prepare("INSERT INTO smoke.blocks (number, hash) VALUES (?, ?)")
              .bind(7L, "0x07"));

      Row row = session.execute("SELECT hash FROM smoke.blocks WHERE number = 7").one();

      assertThat(row).isNotNull();
      assertThat(row.getString("hash")).isEqualTo("0x07");
    }
  }

  @Test
  void shouldInjectTheSameNodeWhenAskedForByFieldAndParameter(CassandraEndpoint cassandra) {
    assertThat(injected).isEqualTo(cassandra);
    assertThat(cassandra.localDatacenter()).isEqualTo("datacenter1");
    try (CqlSession session = session(cassandra)) {
      assertThat(session.getMetadata().getNodes()).hasSize(1);
    }
  }

  private static CqlSession session(CassandraEndpoint cassandra) {
    return CqlSession.builder()
        .addContactPoint(cassandra.contactPoint())
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
