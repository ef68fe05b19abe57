package io.chainexplorer.batchserving;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Where the batch views are and which hot store serves them; the CQL keys are the ScyllaDB sink's,
 * so one properties file configures both.
 */
public final class BatchServingConfig extends AbstractConfig {

  public static final String OUTPUT_DIR = "batch.output.dir";
  public static final String CONTACT_POINTS = "scylla.contact.points";
  public static final String LOCAL_DATACENTER = "scylla.local.datacenter";
  public static final String KEYSPACE = "scylla.keyspace";
  public static final String REPLICATION_FACTOR = "scylla.replication.factor";
  public static final String USERNAME = "scylla.username";
  public static final String PASSWORD = "scylla.password";
  public static final String SSL_ENABLED = "scylla.ssl.enabled";
  public static final String SSL_TRUSTSTORE_PATH = "scylla.ssl.truststore.path";
  public static final String SSL_TRUSTSTORE_PASSWORD = "scylla.ssl.truststore.password";
  public static final String SSL_KEYSTORE_PATH = "scylla.ssl.keystore.path";
  public static final String SSL_KEYSTORE_PASSWORD = "scylla.ssl.keystore.password";
  public static final String SSL_HOSTNAME_VALIDATION = "scylla.ssl.hostname.validation";
  public static final String REQUEST_TIMEOUT_MS = "scylla.request.timeout.ms";
  public static final String SCHEMA_APPLY = "schema.apply";
  public static final String RECONCILE_MAX_ADDRESSES = "reconcile.max.addresses";

  /** The definition of every key, with its default, validator and documentation. */
  public static final ConfigDef DEFINITION =
      new ConfigDef()
          .define(
              OUTPUT_DIR,
              Type.STRING,
              ConfigDef.NO_DEFAULT_VALUE,
              new ConfigDef.NonEmptyString(),
              Importance.HIGH,
              "The batch job's output directory (its --out): <dir>/<view>/, _batch_run.json.")
          .define(
              CONTACT_POINTS,
              Type.LIST,
              "127.0.0.1:9042",
              Importance.HIGH,
              "CQL contact points, host:port.")
          .define(
              LOCAL_DATACENTER,
              Type.STRING,
              "datacenter1",
              new ConfigDef.NonEmptyString(),
              Importance.HIGH,
              "The driver's local datacenter.")
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
          .define(USERNAME, Type.STRING, null, Importance.MEDIUM, "CQL user; none when empty.")
          .define(PASSWORD, Type.PASSWORD, null, Importance.MEDIUM, "CQL password.")
          .define(SSL_ENABLED, Type.BOOLEAN, false, Importance.MEDIUM, "Connect over TLS.")
          .define(
              SSL_TRUSTSTORE_PATH,
              Type.STRING,
              null,
              Importance.LOW,
              "Truststore of the nodes' certificates; the JVM's default trust when empty.")
          .define(
              SSL_TRUSTSTORE_PASSWORD,
              Type.PASSWORD,
              new Password(""),
              Importance.LOW,
              "Password of the truststore.")
          .define(
              SSL_KEYSTORE_PATH,
              Type.STRING,
              null,
              Importance.LOW,
              "Keystore of the client certificate, when the nodes require one.")
          .define(
              SSL_KEYSTORE_PASSWORD,
              Type.PASSWORD,
              null,
              Importance.LOW,
              "Password of the keystore.")
          .define(
              SSL_HOSTNAME_VALIDATION,
              Type.BOOLEAN,
              true,
              Importance.LOW,
              "Check that a node's certificate names its host.")
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
    if (!sslEnabled() && getString(SSL_TRUSTSTORE_PATH) != null) {
      throw new ConfigException(SSL_TRUSTSTORE_PATH + " is set but " + SSL_ENABLED + " is false");
    }
    if (getString(SSL_KEYSTORE_PATH) != null && getPassword(SSL_KEYSTORE_PASSWORD) == null) {
      throw new ConfigException(SSL_KEYSTORE_PASSWORD + " is required with " + SSL_KEYSTORE_PATH);
    }
  }

  public String outputDir() {
    return getString(OUTPUT_DIR);
  }

  public List<String> contactPoints() {
    return getList(CONTACT_POINTS);
  }

  public String localDatacenter() {
    return getString(LOCAL_DATACENTER);
  }

  public String keyspace() {
    return getString(KEYSPACE);
  }

  /** The keyspace's replication map as CQL. */
  public String replicationCql() {
    return "{'class': 'SimpleStrategy', 'replication_factor': " + getInt(REPLICATION_FACTOR) + "}";
  }

  /** The CQL user, or null. */
  public String username() {
    String user = getString(USERNAME);
    return user == null || user.isEmpty() ? null : user;
  }

  public Password password() {
    return getPassword(PASSWORD);
  }

  public boolean sslEnabled() {
    return getBoolean(SSL_ENABLED);
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
