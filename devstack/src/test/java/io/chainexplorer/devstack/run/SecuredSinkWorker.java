package io.chainexplorer.devstack.run;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import io.chainexplorer.embedded.ConnectWorkerProcess;
import io.chainexplorer.embedded.SelfSignedTls;
import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicAdmin;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.testsupport.CassandraEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.config.provider.FileConfigProvider;
import org.awaitility.Awaitility;

/**
 * The hot-store sink in a Connect worker (a child JVM) that reaches Kafka as its own principal with
 * the given client security settings, and the https registry with a truststore whose password the
 * connector names through Connect's {@link FileConfigProvider}, as the README asks of a deployment.
 */
final class SecuredSinkWorker implements AutoCloseable {

  /** The worker's group id, the prefix of its storage topics. */
  static final String GROUP_ID = "secured-connect";

  private static final Duration START = Duration.ofMinutes(2);
  private static final String KAFKA_INFO_LOGGING =
      """
      <configuration>
        <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
          <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n</pattern></encoder>
        </appender>
        <root level="INFO"><appender-ref ref="OUT"/></root>
      </configuration>
      """;

  private final ConnectWorkerProcess worker;
  private final CassandraEndpoint cassandra;
  private final String connector;
  private final String keyspace;

  private SecuredSinkWorker(
      ConnectWorkerProcess worker, CassandraEndpoint cassandra, TopicCatalogue topics) {
    this.worker = worker;
    this.cassandra = cassandra;
    this.connector = SinkConnectors.hotName(topics.chain().value());
    this.keyspace = SinkConnectors.keyspace(topics.chain().value());
  }

  /** The ACLs of the worker's principal, as the README lists them for Connect. */
  static List<AclBinding> acls(String principal, TopicCatalogue topics) {
    return PipelineAcls.connect(
        principal,
        GROUP_ID,
        List.of(SinkConnectors.hotName(topics.chain().value())),
        SinkConnectors.hotTopics(topics),
        List.of(topics.deadLetters(App.SCYLLA_SINK).name()));
  }

  /** Creates the sink's inputs and dead-letter topic, as a deployment does before its connector. */
  static void createTopics(Admin admin, TopicCatalogue topics) {
    List<String> names = new ArrayList<>(SinkConnectors.hotTopics(topics));
    names.add(topics.deadLetters(App.SCYLLA_SINK).name());
    List<TopicSpec<?, ?>> specs = new ArrayList<>(topics.all());
    specs.removeIf(spec -> !names.contains(spec.name()));
    TopicAdmin.ensure(admin, specs);
  }

  /** Starts the worker, submits the hot-store connector and waits until its task runs. */
  static SecuredSinkWorker start(
      String bootstrapServers,
      Map<String, Object> kafkaSecurity,
      SelfSignedTls tls,
      String registryUrl,
      CassandraEndpoint cassandra,
      TopicCatalogue topics,
      Path dir)
      throws IOException {
    Path secrets = Files.createDirectories(dir).resolve("registry.properties");
    Files.writeString(secrets, "truststore.password=" + tls.password() + "\n");
    // Kafka's INFO lines (every client's configuration) are where a leaked password would show
    Path logging = dir.resolve("logback.xml");
    Files.writeString(logging, KAFKA_INFO_LOGGING);
    ConnectWorkerProcess worker =
        ConnectWorkerProcess.start(
            bootstrapServers,
            new ConnectWorkerProcess.Options()
                .groupId(GROUP_ID)
                .systemProperty("logback.configurationFile", logging.toString())
                .kafkaSecurity(kafkaSecurity)
                .set("connector.client.config.override.policy", "All")
                .set("config.providers", "file")
                .set("config.providers.file.class", FileConfigProvider.class.getName()));
    SecuredSinkWorker sinks = new SecuredSinkWorker(worker, cassandra, topics);
    try {
      Map<String, String> config =
          SinkConnectors.hot(
              topics,
              registryUrl,
              cassandra.host() + ":" + cassandra.port(),
              cassandra.localDatacenter());
      String converter = "value.converter.";
      config.put(
          converter + SchemaRegistryClientConfig.TRUSTSTORE_LOCATION, tls.truststore().toString());
      config.put(
          converter + SchemaRegistryClientConfig.TRUSTSTORE_PASSWORD,
          "${file:" + secrets + ":truststore.password}");
      worker.createConnector(sinks.connector, config);
      worker.awaitConnectorRunning(sinks.connector, START);
    } catch (RuntimeException e) {
      sinks.close();
      throw e;
    }
    return sinks;
  }

  /**
   * Waits for the transaction's row in the hot store: false when the task or worker fails first.
   */
  boolean awaitTransactionRow(String hash, Duration timeout) {
    try (CqlSession session =
        CqlSession.builder()
            .addContactPoint(cassandra.contactPoint())
            .withLocalDatacenter(cassandra.localDatacenter())
            .build()) {
      String query = "SELECT tx_hash FROM " + keyspace + ".transactions_by_hash WHERE tx_hash = ?";
      Awaitility.await()
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(500))
          // the table exists once the connector's task has migrated the keyspace
          .ignoreException(InvalidQueryException.class)
          .until(
              () ->
                  session.execute(query, hash).one() != null
                      || !worker.isRunning()
                      || "FAILED".equals(taskState()));
      return session.execute(query, hash).one() != null;
    }
  }

  /** The hot-store connector's name. */
  String connector() {
    return connector;
  }

  /** The state of the connector's only task. */
  String taskState() {
    return worker.taskState(connector, 0);
  }

  /** The worker's stdout and stderr. */
  Path logFile() {
    return worker.logFile();
  }

  @Override
  public void close() {
    worker.close();
  }
}
