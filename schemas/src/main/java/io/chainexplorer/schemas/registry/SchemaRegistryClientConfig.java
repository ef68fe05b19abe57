package io.chainexplorer.schemas.registry;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;

/**
 * Settings of the registry client and the Avro serde, under Confluent's key names so that a
 * consumer's existing serde map works unchanged. Unknown keys are ignored (the map is shared with
 * the producer or consumer).
 */
public final class SchemaRegistryClientConfig extends AbstractConfig {

  public static final String URL = "schema.registry.url";
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  public static final String TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
  public static final String TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
  public static final String TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";
  public static final String KEYSTORE_LOCATION = "schema.registry.ssl.keystore.location";
  public static final String KEYSTORE_PASSWORD = "schema.registry.ssl.keystore.password";
  public static final String KEYSTORE_TYPE = "schema.registry.ssl.keystore.type";
  public static final String KEY_PASSWORD = "schema.registry.ssl.key.password";
  public static final String CACHE_CAPACITY = "max.schemas.per.subject";
  public static final String RETRIES = "schema.registry.retries";
  public static final String RETRY_BACKOFF_MS = "schema.registry.retry.backoff.ms";
  public static final String RETRY_BACKOFF_MAX_MS = "schema.registry.retry.backoff.max.ms";
  public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  public static final String USE_LATEST_VERSION = "use.latest.version";
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

  /** URL scheme of the in-memory registry, for unit tests only. */
  public static final String MOCK_SCHEME = "mock://";

  /** The declared keys, each with its type, default, validator and documentation. */
  public static final ConfigDef CONFIG_DEF =
      new ConfigDef()
          .define(
              URL,
              Type.STRING,
              ConfigDef.NO_DEFAULT_VALUE,
              new ConfigDef.NonEmptyString(),
              Importance.HIGH,
              "Base URL of the registry: Confluent's server at its root (http://host:8081) or"
                  + " Apicurio at http://host:port/apis/ccompat/v6; a trailing slash is allowed."
                  + " mock://<scope> selects an in-memory registry shared by everything in the JVM"
                  + " that names the same scope: unit tests only.")
          .define(
              BASIC_AUTH_USER_INFO,
              Type.PASSWORD,
              null,
              Importance.MEDIUM,
              "HTTP basic credentials as user:password; sent on every request, never logged.")
          .define(
              TRUSTSTORE_LOCATION,
              Type.STRING,
              null,
              Importance.MEDIUM,
              "Truststore file for an https registry; empty uses the JDK's default trust.")
          .define(
              TRUSTSTORE_PASSWORD,
              Type.PASSWORD,
              null,
              Importance.MEDIUM,
              "Password of the truststore.")
          .define(
              TRUSTSTORE_TYPE,
              Type.STRING,
              "PKCS12",
              Importance.LOW,
              "Type of the truststore (PKCS12 or JKS).")
          .define(
              KEYSTORE_LOCATION,
              Type.STRING,
              null,
              Importance.MEDIUM,
              "Keystore file holding the client certificate for mutual TLS; empty sends none.")
          .define(
              KEYSTORE_PASSWORD,
              Type.PASSWORD,
              null,
              Importance.MEDIUM,
              "Password of the keystore.")
          .define(
              KEYSTORE_TYPE,
              Type.STRING,
              "PKCS12",
              Importance.LOW,
              "Type of the keystore (PKCS12 or JKS).")
          .define(
              KEY_PASSWORD,
              Type.PASSWORD,
              null,
              Importance.LOW,
              "Password of the private key in the keystore; defaults to the keystore password.")
          .define(
              CACHE_CAPACITY,
              Type.INT,
              1000,
              Range.atLeast(1),
              Importance.LOW,
              "How many schemas and ids the client caches; past it, lookups go to the registry.")
          .define(
              RETRIES,
              Type.INT,
              5,
              Range.atLeast(0),
              Importance.LOW,
              "Retries after a connection failure or a 5xx answer before giving up.")
          .define(
              RETRY_BACKOFF_MS,
              Type.LONG,
              100L,
              Range.atLeast(0),
              Importance.LOW,
              "First backoff before a retry; doubles each retry, with random jitter.")
          .define(
              RETRY_BACKOFF_MAX_MS,
              Type.LONG,
              5000L,
              Range.atLeast(0),
              Importance.LOW,
              "Upper bound of one backoff between retries.")
          .define(
              REQUEST_TIMEOUT_MS,
              Type.INT,
              30_000,
              Range.atLeast(1),
              Importance.LOW,
              "Connect and response timeout of one HTTP request.")
          .define(
              AUTO_REGISTER_SCHEMAS,
              Type.BOOLEAN,
              true,
              Importance.MEDIUM,
              "Serializer: register the record's schema under its subject if it is missing."
                  + " When false the schema must already be registered.")
          .define(
              USE_LATEST_VERSION,
              Type.BOOLEAN,
              false,
              Importance.MEDIUM,
              "Serializer: write with the subject's latest registered schema and id instead of"
                  + " the record's own schema (which must then match it field by field).")
          .define(
              SPECIFIC_AVRO_READER,
              Type.BOOLEAN,
              false,
              Importance.MEDIUM,
              "Deserializer: return generated SpecificRecord classes instead of GenericRecord.");

  public SchemaRegistryClientConfig(Map<String, ?> originals) {
    super(CONFIG_DEF, originals, false);
  }

  public String url() {
    return getString(URL);
  }

  /** True for a {@code mock://} URL: the in-memory registry of unit tests. */
  public boolean isMock() {
    return url().startsWith(MOCK_SCHEME);
  }

  /** The scope named by a {@code mock://scope} URL. */
  public String mockScope() {
    return url().substring(MOCK_SCHEME.length());
  }

  /** The {@code user:password} credentials, or null. Never log the result. */
  public String basicAuthUserInfo() {
    Password password = getPassword(BASIC_AUTH_USER_INFO);
    return password == null ? null : password.value();
  }

  public int cacheCapacity() {
    return getInt(CACHE_CAPACITY);
  }

  public boolean autoRegisterSchemas() {
    return getBoolean(AUTO_REGISTER_SCHEMAS);
  }

  public boolean useLatestVersion() {
    return getBoolean(USE_LATEST_VERSION);
  }

  public boolean specificAvroReader() {
    return getBoolean(SPECIFIC_AVRO_READER);
  }

  /** The retry settings of the REST client. */
  public RetryPolicy retryPolicy() {
    return new RetryPolicy(
        getInt(RETRIES), getLong(RETRY_BACKOFF_MS), getLong(RETRY_BACKOFF_MAX_MS));
  }

  public int requestTimeoutMs() {
    return getInt(REQUEST_TIMEOUT_MS);
  }
}
