package io.chainexplorer.sink.scylla;

import io.chainexplorer.cql.CqlEndpointConfig;
import io.chainexplorer.sink.errors.ErrorHandling;
import io.chainexplorer.sink.errors.TransientRetry;
import io.chainexplorer.sink.scylla.mapping.Tables;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.types.Password;

/** Typed, validated configuration of the ScyllaDB sink; cross-field checks run at construction. */
public final class ScyllaSinkConfig extends AbstractConfig {

  public static final String CONTACT_POINTS = CqlEndpointConfig.CONTACT_POINTS;
  public static final String LOCAL_DATACENTER = CqlEndpointConfig.LOCAL_DATACENTER;
  public static final String KEYSPACE = "scylla.keyspace";
  public static final String REPLICATION_CLASS = "scylla.replication.class";
  public static final String REPLICATION_FACTOR = "scylla.replication.factor";
  public static final String CONSISTENCY = "scylla.consistency";
  public static final String SERIAL_CONSISTENCY = "scylla.serial.consistency";
  public static final String USERNAME = CqlEndpointConfig.USERNAME;
  public static final String PASSWORD = CqlEndpointConfig.PASSWORD;
  public static final String SSL_ENABLED = CqlEndpointConfig.SSL_ENABLED;
  public static final String SSL_TRUSTSTORE_PATH = CqlEndpointConfig.SSL_TRUSTSTORE_PATH;
  public static final String SSL_TRUSTSTORE_PASSWORD = CqlEndpointConfig.SSL_TRUSTSTORE_PASSWORD;
  public static final String SSL_KEYSTORE_PATH = CqlEndpointConfig.SSL_KEYSTORE_PATH;
  public static final String SSL_KEYSTORE_PASSWORD = CqlEndpointConfig.SSL_KEYSTORE_PASSWORD;
  public static final String SSL_HOSTNAME_VALIDATION = CqlEndpointConfig.SSL_HOSTNAME_VALIDATION;
  public static final String REQUEST_TIMEOUT_MS = "scylla.request.timeout.ms";
  public static final String SCHEMA_APPLY = "schema.apply";
  public static final String TTL_SECONDS = "ttl.seconds";
  public static final String TTL_OVERRIDES = "ttl.overrides";
  public static final String MAX_INFLIGHT = "max.inflight.requests";
  public static final String MAX_RETRIES = TransientRetry.MAX_RETRIES;
  public static final String RETRY_BACKOFF_MS = TransientRetry.RETRY_BACKOFF_MS;

  private static final int THIRTY_DAYS = 30 * 24 * 3600;

  public static final ConfigDef CONFIG_DEF = define();

  private final Map<String, Integer> ttlOverrides;

  public ScyllaSinkConfig(Map<String, String> props) {
    super(CONFIG_DEF, props);
    ErrorHandling.checkDeadLetterTopic(props);
    checkSsl();
    ttlOverrides = TtlOverrides.parse(getList(TTL_OVERRIDES));
  }

  private static ConfigDef define() {
    ConfigDef def = new ConfigDef();
    defineCluster(def);
    defineWrites(def);
    return def;
  }

  private static void defineCluster(ConfigDef def) {
    CqlEndpointConfig.define(def, ConfigDef.NO_DEFAULT_VALUE)
        .define(
            KEYSPACE,
            Type.STRING,
            "chain_explorer",
            new ConfigDef.NonEmptyString(),
            Importance.HIGH,
            "Keyspace holding the hot tables.")
        .define(
            REPLICATION_CLASS,
            Type.STRING,
            "NetworkTopologyStrategy",
            ValidString.in("SimpleStrategy", "NetworkTopologyStrategy"),
            Importance.MEDIUM,
            "Replication strategy used when schema.apply creates the keyspace.")
        .define(
            REPLICATION_FACTOR,
            Type.INT,
            3,
            Range.atLeast(1),
            Importance.MEDIUM,
            "Replication factor used when schema.apply creates the keyspace.")
        .define(
            CONSISTENCY,
            Type.STRING,
            "LOCAL_QUORUM",
            consistencies(),
            Importance.MEDIUM,
            "Consistency level of writes and deletes.")
        .define(
            SERIAL_CONSISTENCY,
            Type.STRING,
            "LOCAL_SERIAL",
            ValidString.in("SERIAL", "LOCAL_SERIAL"),
            Importance.LOW,
            "Serial consistency of the conditional deletes that apply retractions.");
  }

  private static void defineWrites(ConfigDef def) {
    def.define(
            REQUEST_TIMEOUT_MS,
            Type.LONG,
            10_000L,
            Range.atLeast(100),
            Importance.LOW,
            "Driver timeout of one request.")
        .define(
            SCHEMA_APPLY,
            Type.BOOLEAN,
            true,
            Importance.MEDIUM,
            "Create the keyspace and tables (IF NOT EXISTS) when the connector starts.")
        .define(
            TTL_SECONDS,
            Type.INT,
            THIRTY_DAYS,
            Range.atLeast(0),
            Importance.MEDIUM,
            "Hot retention of every row, in seconds (0 keeps rows forever); 30 days by default.")
        .define(
            TTL_OVERRIDES,
            Type.LIST,
            "",
            Importance.LOW,
            "Per-table retention as table=seconds pairs, e.g. blocks_by_number=7776000.")
        .define(
            MAX_INFLIGHT,
            Type.INT,
            256,
            Range.between(1, 32_768),
            Importance.MEDIUM,
            "Most statements of one task in flight at once.");
    TransientRetry.define(def, 3_000L);
  }

  private static ValidString consistencies() {
    return ValidString.in(
        "ANY", "ONE", "TWO", "THREE", "QUORUM", "ALL", "LOCAL_ONE", "LOCAL_QUORUM", "EACH_QUORUM");
  }

  private void checkSsl() {
    CqlEndpointConfig.check(this);
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

  /** The keyspace's replication map, in CQL. */
  public String replicationCql() {
    return "{'class': '"
        + getString(REPLICATION_CLASS)
        + "', 'replication_factor': "
        + getInt(REPLICATION_FACTOR)
        + "}";
  }

  public String consistency() {
    return getString(CONSISTENCY);
  }

  public String serialConsistency() {
    return getString(SERIAL_CONSISTENCY);
  }

  public String username() {
    return getString(USERNAME);
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

  public int maxInflight() {
    return getInt(MAX_INFLIGHT);
  }

  public int maxRetries() {
    return getInt(MAX_RETRIES);
  }

  public long retryBackoffMs() {
    return getLong(RETRY_BACKOFF_MS);
  }

  /**
   * Retention of one table: its override when one is set, else {@code ttl.seconds}; the tokens
   * table keeps its rows, since a token's metadata is written once and not again for months.
   */
  public int ttlSeconds(String table) {
    int standard = Tables.TOKENS.name().equals(table) ? 0 : getInt(TTL_SECONDS);
    return ttlOverrides.getOrDefault(table, standard);
  }
}
