package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.api.auth.KeyRing;
import io.chainexplorer.api.config.ApiConfig;
import io.chainexplorer.api.store.StoreSessions;
import io.chainexplorer.sink.scylla.ScyllaSinkConfig;
import io.chainexplorer.sink.scylla.cql.SchemaMigrator;
import io.chainexplorer.sink.scylla.writer.ScyllaWriter;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One hot store (a keyspace on the JVM's shared Cassandra node, written by the ScyllaDB sink's own
 * writer) and one API server over it, shared by every IT of the module.
 */
final class ApiStack {

  static final String KEYSPACE = "api_it";
  static final String READER_KEY = "ce_reader_" + UUID.randomUUID();
  static final String REVOKED_KEY = "ce_revoked_" + UUID.randomUUID();
  static final String SLOW_KEY = "ce_slow_" + UUID.randomUUID();

  private static final Path KEYS = keysFile();
  private static ApiStack shared;

  private final CqlSession session;
  private final ScyllaWriter writer;
  private final Javalin app;

  private ApiStack(CqlSession session, ScyllaWriter writer, Javalin app) {
    this.session = session;
    this.writer = writer;
    this.app = app;
  }

  /** The shared stack, started on first use; it lives as long as the test JVM. */
  static synchronized ApiStack on(CassandraEndpoint cassandra) {
    if (shared == null) {
      shared = start(cassandra);
    }
    return shared;
  }

  /** The API's configuration over this node, with {@code extra} keys added. */
  static ApiConfig config(CassandraEndpoint cassandra, Map<String, String> extra) {
    Map<String, String> props = new HashMap<>(extra);
    props.put(ApiConfig.LISTEN_HOST, "127.0.0.1");
    props.put(ApiConfig.LISTEN_PORT, "0");
    props.put(ApiConfig.KEYS_FILE, KEYS.toString());
    props.put(ApiConfig.CONTACT_POINTS, cassandra.host() + ":" + cassandra.port());
    props.put(ApiConfig.LOCAL_DATACENTER, cassandra.localDatacenter());
    props.put(ApiConfig.KEYSPACE, KEYSPACE);
    props.put(ApiConfig.REQUEST_TIMEOUT_MS, "30000");
    return new ApiConfig(props);
  }

  private static ApiStack start(CassandraEndpoint cassandra) {
    String contactPoint = cassandra.host() + ":" + cassandra.port();
    ApiConfig config = config(cassandra, Map.of());
    CqlSession session = StoreSessions.open(config);
    SchemaMigrator.apply(session, KEYSPACE, "{'class':'SimpleStrategy','replication_factor':1}");
    ScyllaWriter writer =
        new ScyllaWriter(
            new ScyllaSinkConfig(
                Map.of(
                    ScyllaSinkConfig.CONTACT_POINTS,
                    contactPoint,
                    ScyllaSinkConfig.LOCAL_DATACENTER,
                    cassandra.localDatacenter(),
                    ScyllaSinkConfig.KEYSPACE,
                    KEYSPACE,
                    ScyllaSinkConfig.CONSISTENCY,
                    "ONE",
                    ScyllaSinkConfig.REQUEST_TIMEOUT_MS,
                    "30000")));
    return new ApiStack(session, writer, ApiServer.start(config, session));
  }

  private static Path keysFile() {
    try {
      Path file = Files.createTempFile("api-keys", ".txt");
      file.toFile().deleteOnExit();
      Files.write(
          file,
          List.of(
              "# name:sha256:rate[:revoked]",
              "reader:" + KeyRing.sha256(READER_KEY) + ":100000",
              "revoked:" + KeyRing.sha256(REVOKED_KEY) + ":100:revoked",
              "slow:" + KeyRing.sha256(SLOW_KEY) + ":1"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the records through the sink's writer; every one must be written. */
  void write(Collection<SinkRecord> records) throws Exception {
    assertThat(writer.write(records)).isEmpty();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + app.port();
  }

  CqlSession session() {
    return session;
  }
}
