package io.chainexplorer.testsupport;

import io.chainexplorer.embedded.EmbeddedCassandra;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots one Cassandra 5.0 node (child JVM, stands in for ScyllaDB) per test JVM and injects its
 * {@link CassandraEndpoint} into parameters and fields of that type.
 *
 * <p>Use with {@code @ExtendWith(CassandraExtension.class)}. Keyspaces outlive test classes: give
 * each test its own keyspace. A test that stops or restarts Cassandra starts its own {@link
 * EmbeddedCassandra} instead of disturbing the shared node.
 */
public final class CassandraExtension extends EndpointExtension<CassandraEndpoint> {

  public CassandraExtension() {
    super(CassandraEndpoint.class);
  }

  /** The JVM's shared node, started on first use. */
  static EmbeddedCassandra node(ExtensionContext context) {
    return SharedComponent.getOrStart(context, "cassandra", EmbeddedCassandra::start);
  }

  @Override
  CassandraEndpoint endpoint(ExtensionContext context) {
    EmbeddedCassandra node = node(context);
    return new CassandraEndpoint(node.host(), node.nativePort(), node.localDatacenter());
  }
}
