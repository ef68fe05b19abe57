package io.chainexplorer.platform.config;

import io.chainexplorer.schemas.registry.SchemaRegistryClientConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;

/**
 * The keys every service shares (chain, Kafka and its client security, Schema Registry and its TLS,
 * metrics endpoint) and the one place the Kafka client and serde settings are derived from them.
 */
public abstract class ServiceConfig extends AbstractConfig {

  public static final String CHAIN_NAME = "chain.name";
  public static final String CHAIN_ID = "chain.id";
  public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  public static final String SCHEMA_REGISTRY_USER_INFO = "schema.registry.basic.auth.user.info";
  public static final String METRICS_HOST = "metrics.host";
  public static final String METRICS_PORT = "metrics.port";

  /** The registry client's TLS keys, declared by the client and passed on under the same name. */
  private static final List<String> SCHEMA_REGISTRY_TLS_KEYS =
      List.of(
          SchemaRegistryClientConfig.TRUSTSTORE_LOCATION,
          SchemaRegistryClientConfig.TRUSTSTORE_PASSWORD,
          SchemaRegistryClientConfig.TRUSTSTORE_TYPE,
          SchemaRegistryClientConfig.KEYSTORE_LOCATION,
          SchemaRegistryClientConfig.KEYSTORE_PASSWORD,
          SchemaRegistryClientConfig.KEYSTORE_TYPE,
          SchemaRegistryClientConfig.KEY_PASSWORD);

  /** Lower-case words joined by hyphens: the chain name is the first segment of topic names. */
  static final String CHAIN_NAME_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  protected ServiceConfig(ConfigDef definition, Map<?, ?> properties) {
    // No logging here: ConfigLog.logEffective prints the masked values once, at start-up.
    super(definition, properties, false);
  }

  /** A fresh definition holding the shared keys, for an app to extend with its own. */
  public static ConfigDef baseDefinition() {
    ConfigDef definition = KafkaClientSecurity.addTo(commonDefinition());
    SCHEMA_REGISTRY_TLS_KEYS.forEach(
        key -> definition.define(SchemaRegistryClientConfig.CONFIG_DEF.configKeys().get(key)));
    return definition;
  }

  private static ConfigDef commonDefinition() {
    return new ConfigDef()
        .define(
            CHAIN_NAME,
            Type.STRING,
            "eth-mainnet",
            Validators.matches(CHAIN_NAME_PATTERN, "lower-case words joined by hyphens"),
            Importance.HIGH,
            "Chain this service works on; the first segment of every topic name "
                + "(eth-mainnet.transactions.v1).")
        .define(
            CHAIN_ID,
            Type.LONG,
            0L,
            ConfigDef.Range.atLeast(0),
            Importance.HIGH,
            "EIP-155 id of the chain chain.name stands for, since a chain name's topics hold one"
                + " chain: the poller checks it at start against the providers' eth_chainId, the"
                + " enricher against every raw block's provenance, the decoder against every"
                + " signed transaction; a mismatch stops the app with exit code 2 before anything"
                + " is written. 0: not checked (the poller takes the providers').")
        .define(
            KAFKA_BOOTSTRAP_SERVERS,
            Type.LIST,
            "localhost:9092",
            Validators.hostPortList(),
            Importance.HIGH,
            "Kafka brokers to bootstrap from, as host:port pairs separated by commas.")
        .define(
            SCHEMA_REGISTRY_URL,
            Type.STRING,
            "http://localhost:8081",
            Validators.httpUrl(),
            Importance.HIGH,
            "Base URL of the Confluent-compatible Schema Registry.")
        .define(
            SCHEMA_REGISTRY_USER_INFO,
            Type.PASSWORD,
            null,
            Importance.MEDIUM,
            "Basic-auth credentials for the Schema Registry as user:password; empty: no auth.")
        .define(
            METRICS_HOST,
            Type.STRING,
            "0.0.0.0",
            new ConfigDef.NonEmptyString(),
            Importance.LOW,
            "Address the /metrics and /health endpoint binds to.")
        .define(
            METRICS_PORT,
            Type.INT,
            9400,
            Range.between(0, 65535),
            Importance.LOW,
            "Port of the /metrics and /health endpoint; 0 picks a free port.");
  }

  /** The service's name as it appears in metrics tags and logs, e.g. {@code block-poller}. */
  public abstract String serviceName();

  public String chainName() {
    return getString(CHAIN_NAME);
  }

  /** The chain id the app's records must be of, or empty when not checked. */
  public OptionalLong chainId() {
    long id = getLong(CHAIN_ID);
    return id == 0 ? OptionalLong.empty() : OptionalLong.of(id);
  }

  public List<String> kafkaBootstrapServers() {
    return getList(KAFKA_BOOTSTRAP_SERVERS);
  }

  public String schemaRegistryUrl() {
    return getString(SCHEMA_REGISTRY_URL);
  }

  public Optional<Password> schemaRegistryUserInfo() {
    return Optional.ofNullable(getPassword(SCHEMA_REGISTRY_USER_INFO))
        .filter(password -> !password.value().isEmpty());
  }

  public String metricsHost() {
    return getString(METRICS_HOST);
  }

  public int metricsPort() {
    return getInt(METRICS_PORT);
  }

  /**
   * The settings every Kafka client of the service starts from (admin, producer, consumer and
   * Streams): the bootstrap servers and the security settings configured ({@link
   * KafkaClientSecurity}). Returns a fresh mutable map for the caller to add its client's own
   * settings to.
   */
  public Map<String, Object> kafkaClientProperties() {
    Map<String, Object> properties = new HashMap<>();
    properties.put(
        CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafkaBootstrapServers()));
    properties.putAll(KafkaClientSecurity.clientSettings(this));
    return properties;
  }

  /**
   * The settings of the Avro serdes: the registry URL, and its credentials and TLS settings when
   * configured (unset ones keep the registry client's defaults). Returns a fresh mutable map.
   */
  public Map<String, Object> serdeConfig() {
    Map<String, Object> settings = new HashMap<>();
    settings.put(SchemaRegistryClientConfig.URL, schemaRegistryUrl());
    schemaRegistryUserInfo()
        .ifPresent(
            info -> settings.put(SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO, info.value()));
    for (String key : SCHEMA_REGISTRY_TLS_KEYS) {
      Object value = values().get(key);
      if (originals().containsKey(key) && value != null) {
        settings.put(key, value);
      }
    }
    return settings;
  }
}
