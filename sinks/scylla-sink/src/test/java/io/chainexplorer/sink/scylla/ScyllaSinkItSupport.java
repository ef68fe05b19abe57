package io.chainexplorer.sink.scylla;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import io.chainexplorer.testsupport.ConnectEndpoint;
import io.chainexplorer.testsupport.ConnectExtension;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connector in a real Connect worker writing to a real CQL node: one test's topics, keyspace
 * and connector, and the shortcuts the sink's ITs share.
 */
@ExtendWith({
  KafkaExtension.class,
  SchemaRegistryExtension.class,
  CassandraExtension.class,
  ConnectExtension.class
})
abstract class ScyllaSinkItSupport {

  static final String B1 = SampleRecords.hash("b1", 1);
  static final String B1_REORG = SampleRecords.hash("c1", 1);
  static final String B2 = SampleRecords.hash("b2", 2);
  static final String T1 = SampleRecords.hash("7a", 1);
  static final String T2 = SampleRecords.hash("7a", 2);
  static final int BUCKET = 202611;

  SinkHarness harness;
  CqlSession cql;
  ConnectEndpoint connect;
  CassandraEndpoint cassandra;

  @BeforeEach
  void setUp(
      KafkaEndpoint kafka,
      SchemaRegistryEndpoint registry,
      CassandraEndpoint cassandra,
      ConnectEndpoint connect) {
    this.harness = new SinkHarness(kafka, registry.confluentApiUrl());
    this.connect = connect;
    this.cassandra = cassandra;
    harness.createTopics();
    cql = SinkHarness.session(cassandra.contactPoint(), cassandra.localDatacenter());
  }

  @AfterEach
  void tearDown() {
    connect.deleteConnector(harness.connector);
    cql.close();
    harness.close();
  }

  Map<String, String> config() {
    return harness.connectorConfig(cassandra.contactPoint(), cassandra.localDatacenter());
  }

  void startConnector(Map<String, String> config) {
    connect.createConnector(harness.connector, config);
    connect.awaitConnectorRunning(harness.connector, SinkHarness.timeout());
  }

  Row one(String cql, Object... values) {
    return this.cql.execute(cql.formatted(harness.keyspace), values).one();
  }

  List<Row> all(String cql, Object... values) {
    return this.cql.execute(cql.formatted(harness.keyspace), values).all();
  }
}
