package io.chainexplorer.batchserving;

import io.chainexplorer.cql.CqlEndpoint;
import io.chainexplorer.cql.CqlEndpointConfig;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Where the batch views are and which hot store serves them; the CQL keys are the ScyllaDB sink's,
 * so one properties file configures both.
 */
public final class BatchServingConfig extends AbstractConfig {

  public static final String OUTPUT_DIR = "batch.output.dir";
  public static final String KEYSPACE = "scylla.keyspace";
  public static final String REPLICATION_FACTOR = "scylla.replication.factor";
  public static final String REQUEST_TIMEOUT_MS = "scylla.request.timeout.ms";
  public static final String SCHEMA_APPLY = "schema.apply";
  public static final String RECONCILE_MAX_ADDRESSES = "reconcile.max.addresses";

  /** The definition of every key, with its default, validator and documentation. */
  public static final ConfigDef DEFINITION =
      CqlEndpointConfig.define(new ConfigDef(), "datacenter1")
          .define(
              OUTPUT_DIR,
              Type.STRING,
              ConfigDef.NO_DEFAULT_VALUE,
              new ConfigDef.NonEmptyString(),
              Importance.HIGH,
              "The batch job's output directory (its --out): <dir>/<view>/, _batch_run.json.")
          .define(
              KEYSPACE,
              Type.STRING,
              "chain_explorer",
              ConfigDef.LambdaValidator.with(
                  (name, value) -> {
                    if (value == null || !value.toString().matches("[a-zA-Z][a-zA-Z0-9_]{0,47}")) {
                      throw new ConfigException(name, value, "a CQL identifier");
                    }
                  },
                  () -> "a CQL identifier"),
              Importance.HIGH,
              "The hot store's keyspace: the batch tables are created beside the hot tables.")
          .define(
              REPLICATION_FACTOR,
              Type.INT,
              1,
              ConfigDef.Range.atLeast(1),
              Importance.LOW,
              "SimpleStrategy replication factor when schema.apply creates the keyspace.")
          .define(
              REQUEST_TIMEOUT_MS,
              Type.LONG,
              10_000L,
              ConfigDef.Range.atLeast(1),
              Importance.LOW,
              "Timeout of one CQL request.")
          .define(
              SCHEMA_APPLY,
              Type.BOOLEAN,
              true,
              Importance.MEDIUM,
              "Create the batch tables (IF NOT EXISTS) before loading.")
          .define(
              RECONCILE_MAX_ADDRESSES,
              Type.INT,
              10_000,
              ConfigDef.Range.atLeast(0),
              Importance.LOW,
              "Addresses of address_daily compared per day, in key order: each costs two "
                  + "queries of the hot store.");

  public BatchServingConfig(Map<?, ?> properties) {
    super(DEFINITION, properties, true);
    CqlEndpointConfig.check(this);
  }

  public String outputDir() {
    return getString(OUTPUT_DIR);
  }

  /** The hot store's endpoint: contact points, datacenter, credentials and TLS. */
  public CqlEndpoint endpoint() {
    return CqlEndpointConfig.endpoint(this);
  }

  public String keyspace() {
    return getString(KEYSPACE);
  }

  /** The keyspace's replication map as CQL. */
  public String replicationCql() {
    return "{'class': 'SimpleStrategy', 'replication_factor': " + getInt(REPLICATION_FACTOR) + "}";
  }

  public Duration requestTimeout() {
    return Duration.ofMillis(getLong(REQUEST_TIMEOUT_MS));
  }

  public boolean applySchema() {
    return getBoolean(SCHEMA_APPLY);
  }

  public int reconcileMaxAddresses() {
    return getInt(RECONCILE_MAX_ADDRESSES);
  }
}
