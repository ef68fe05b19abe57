package io.chainexplorer.api.config;

import io.chainexplorer.cql.CqlEndpointConfig;
import io.chainexplorer.platform.config.Validators;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/** Typed, validated configuration of the HTTP API; cross-field checks run at construction. */
public final class ApiConfig extends AbstractConfig {

  public static final String LISTEN_HOST = "api.listen.host";
  public static final String LISTEN_PORT = "api.listen.port";
  public static final String KEYS_FILE = "api.keys.file";
  public static final String TLS_KEYSTORE_PATH = "api.tls.keystore.path";
  public static final String TLS_KEYSTORE_PASSWORD = "api.tls.keystore.password";
  public static final String PAGE_SIZE_MAX = "api.page.size.max";
  public static final String SCAN_ROWS_MAX = "api.scan.rows.max";
  public static final String TIME_RANGE_DAYS_MAX = "api.time.range.days.max";
  public static final String BLOCK_RANGE_MAX = "api.block.range.max";
  public static final String HOT_MONTHS = "api.hot.months";
  public static final String OPS_SCRAPE_URLS = "api.ops.scrape.urls";
  public static final String OPS_SCRAPE_TIMEOUT_MS = "api.ops.scrape.timeout.ms";
  public static final String CONTACT_POINTS = CqlEndpointConfig.CONTACT_POINTS;
  public static final String LOCAL_DATACENTER = CqlEndpointConfig.LOCAL_DATACENTER;
  public static final String KEYSPACE = "scylla.keyspace";
  public static final String USERNAME = CqlEndpointConfig.USERNAME;
  public static final String PASSWORD = CqlEndpointConfig.PASSWORD;
  public static final String REQUEST_TIMEOUT_MS = "scylla.request.timeout.ms";

  public static final ConfigDef CONFIG_DEF = define();

  public ApiConfig(Map<String, String> props) {
    super(CONFIG_DEF, props);
    if ((getString(TLS_KEYSTORE_PATH) == null) != (getPassword(TLS_KEYSTORE_PASSWORD) == null)) {
      throw new ConfigException(
          TLS_KEYSTORE_PATH + " and " + TLS_KEYSTORE_PASSWORD + " are set together or not at all");
    }
    CqlEndpointConfig.check(this);
  }

  private static ConfigDef define() {
    ConfigDef def = new ConfigDef();
    def.define(LISTEN_HOST, Type.STRING, "0.0.0.0", Importance.HIGH, "Address the API listens on.")
        .define(
            LISTEN_PORT,
            Type.INT,
            8480,
            Range.between(0, 65535),
            Importance.HIGH,
            "Port the API listens on; 0 picks a free one.")
        .define(
            KEYS_FILE,
            Type.STRING,
            ConfigDef.NO_DEFAULT_VALUE,
            new ConfigDef.NonEmptyString(),
            Importance.HIGH,
            "Client API keys: one 'name:sha256-hex:rate-per-second[:revoked]' a line (a file or a"
                + " Docker secret); read at start.")
        .define(
            TLS_KEYSTORE_PATH,
            Type.STRING,
            null,
            Importance.MEDIUM,
            "PKCS12 keystore of the listener's certificate; plain HTTP when empty (behind a"
                + " TLS-terminating proxy).")
        .define(
            TLS_KEYSTORE_PASSWORD,
            Type.PASSWORD,
            null,
            Importance.MEDIUM,
            "Password of the listener's keystore.");
    defineLimits(def);
    defineOps(def);
    defineStore(def);
    return def;
  }

  private static void defineOps(ConfigDef def) {
    def.define(
            OPS_SCRAPE_URLS,
            Type.LIST,
            "",
            new ScrapeTargets(),
            Importance.MEDIUM,
            "Prometheus endpoints of the pipeline's services (poller, apps, connectors, lag"
                + " exporter) the operations endpoints read; empty: they report no figures.")
        .define(
            OPS_SCRAPE_TIMEOUT_MS,
            Type.LONG,
            2_000L,
            Range.between(100, 60_000),
            Importance.LOW,
            "Timeout of one scrape; a target slower than this is reported down.");
  }

  private static void defineLimits(ConfigDef def) {
    def.define(
            PAGE_SIZE_MAX,
            Type.INT,
            100,
            Range.between(1, 1000),
            Importance.MEDIUM,
            "Largest page a listing returns (the 'limit' parameter).")
        .define(
            SCAN_ROWS_MAX,
            Type.INT,
            2000,
            Range.between(10, 100_000),
            Importance.MEDIUM,
            "Rows one listing request may read before it returns a short page and a cursor.")
        .define(
            TIME_RANGE_DAYS_MAX,
            Type.INT,
            92,
            Range.between(1, 3660),
            Importance.MEDIUM,
            "Widest time range (from/to) a listing accepts, in days.")
        .define(
            BLOCK_RANGE_MAX,
            Type.LONG,
            1_000_000L,
            Range.atLeast(1),
            Importance.MEDIUM,
            "Widest block range (fromBlock/toBlock) a listing accepts.")
        .define(
            HOT_MONTHS,
            Type.INT,
            3,
            Range.between(1, 120),
            Importance.MEDIUM,
            "Monthly buckets a listing without a time range walks back from now: cover the hot"
                + " tables' longest TTL.");
  }

  private static void defineStore(ConfigDef def) {
    CqlEndpointConfig.define(def, ConfigDef.NO_DEFAULT_VALUE)
        .define(
            KEYSPACE,
            Type.STRING,
            "chain_explorer",
            Validators.matches("[a-zA-Z][a-zA-Z0-9_]{0,47}", "a CQL keyspace name"),
            Importance.HIGH,
            "Keyspace of the hot tables (the ScyllaDB sink's).")
        .define(
            REQUEST_TIMEOUT_MS,
            Type.LONG,
            5_000L,
            Range.between(100, 120_000),
            Importance.LOW,
            "Timeout of one CQL request.");
  }

  public String listenHost() {
    return getString(LISTEN_HOST);
  }

  public int listenPort() {
    return getInt(LISTEN_PORT);
  }

  public Path keysFile() {
    return Path.of(getString(KEYS_FILE));
  }

  /** The listener's keystore, or null for plain HTTP. */
  public Path tlsKeystore() {
    String path = getString(TLS_KEYSTORE_PATH);
    return path == null ? null : Path.of(path);
  }

  public Password tlsKeystorePassword() {
    return getPassword(TLS_KEYSTORE_PASSWORD);
  }

  /** The bounds every query respects. */
  public QueryLimits limits() {
    return new QueryLimits(
        getInt(PAGE_SIZE_MAX),
        getInt(SCAN_ROWS_MAX),
        Duration.ofDays(getInt(TIME_RANGE_DAYS_MAX)),
        getLong(BLOCK_RANGE_MAX),
        getInt(HOT_MONTHS));
  }

  /** The Prometheus endpoints the operations endpoints read. */
  public List<URI> opsScrapeUrls() {
    return ScrapeTargets.of(getList(OPS_SCRAPE_URLS));
  }

  public Duration opsScrapeTimeout() {
    return Duration.ofMillis(getLong(OPS_SCRAPE_TIMEOUT_MS));
  }

  public String localDatacenter() {
    return getString(LOCAL_DATACENTER);
  }

  public String keyspace() {
    return getString(KEYSPACE);
  }

  public Duration requestTimeout() {
    return Duration.ofMillis(getLong(REQUEST_TIMEOUT_MS));
  }
}
