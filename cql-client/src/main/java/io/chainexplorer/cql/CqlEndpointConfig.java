package io.chainexplorer.cql;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The {@code scylla.*} keys that say where the hot store is and how to log in, defined once for
 * every process that reaches it (the sink, the batch loader, the API), with their checks and the
 * {@link CqlEndpoint} they describe.
 */
public final class CqlEndpointConfig {

  public static final String CONTACT_POINTS = "scylla.contact.points";
  public static final String LOCAL_DATACENTER = "scylla.local.datacenter";
  public static final String USERNAME = "scylla.username";
  public static final String PASSWORD = "scylla.password";
  public static final String SSL_ENABLED = "scylla.ssl.enabled";
  public static final String SSL_TRUSTSTORE_PATH = "scylla.ssl.truststore.path";
  public static final String SSL_TRUSTSTORE_PASSWORD = "scylla.ssl.truststore.password";
  public static final String SSL_KEYSTORE_PATH = "scylla.ssl.keystore.path";
  public static final String SSL_KEYSTORE_PASSWORD = "scylla.ssl.keystore.password";
  public static final String SSL_HOSTNAME_VALIDATION = "scylla.ssl.hostname.validation";

  private CqlEndpointConfig() {}

  /**
   * Adds the endpoint keys to {@code def}; {@code localDatacenter} is the default datacenter, or
   * {@link ConfigDef#NO_DEFAULT_VALUE} where a deployment must name it.
   */
  public static ConfigDef define(ConfigDef def, Object localDatacenter) {
    return def.define(
            CONTACT_POINTS,
            Type.LIST,
            "127.0.0.1:9042",
            Importance.HIGH,
            "Comma-separated host:port CQL contact points; the driver discovers the other nodes.")
        .define(
            LOCAL_DATACENTER,
            Type.STRING,
            localDatacenter,
            new ConfigDef.NonEmptyString(),
            Importance.HIGH,
            "Datacenter the token-aware load-balancing policy treats as local.")
        .define(
            USERNAME,
            Type.STRING,
            null,
            Importance.MEDIUM,
            "User name for password authentication; none when empty.")
        .define(
            PASSWORD,
            Type.PASSWORD,
            null,
            Importance.MEDIUM,
            "Password for password authentication.")
        .define(
            SSL_ENABLED, Type.BOOLEAN, false, Importance.MEDIUM, "Connect to the nodes over TLS.")
        .define(
            SSL_TRUSTSTORE_PATH,
            Type.STRING,
            null,
            Importance.MEDIUM,
            "PKCS12 or JKS truststore of the nodes' CA; the JVM's default trust when empty.")
        .define(
            SSL_TRUSTSTORE_PASSWORD,
            Type.PASSWORD,
            null,
            Importance.MEDIUM,
            "Password of the truststore.")
        .define(
            SSL_KEYSTORE_PATH,
            Type.STRING,
            null,
            Importance.LOW,
            "Keystore with the client certificate, for nodes that require client authentication.")
        .define(
            SSL_KEYSTORE_PASSWORD, Type.PASSWORD, null, Importance.LOW, "Password of the keystore.")
        .define(
            SSL_HOSTNAME_VALIDATION,
            Type.BOOLEAN,
            true,
            Importance.LOW,
            "Check that the node's certificate names the host it was reached at.");
  }

  /** Throws ConfigException when the keys contradict each other (a store without its password). */
  public static void check(AbstractConfig config) {
    String truststore = config.getString(SSL_TRUSTSTORE_PATH);
    if (truststore != null && !config.getBoolean(SSL_ENABLED)) {
      throw new ConfigException(SSL_TRUSTSTORE_PATH + " is set but " + SSL_ENABLED + " is false");
    }
    if (truststore != null && config.getPassword(SSL_TRUSTSTORE_PASSWORD) == null) {
      throw new ConfigException(
          SSL_TRUSTSTORE_PASSWORD + " is required with " + SSL_TRUSTSTORE_PATH);
    }
    if (config.getString(SSL_KEYSTORE_PATH) != null
        && config.getPassword(SSL_KEYSTORE_PASSWORD) == null) {
      throw new ConfigException(SSL_KEYSTORE_PASSWORD + " is required with " + SSL_KEYSTORE_PATH);
    }
    if (username(config) != null && config.getPassword(PASSWORD) == null) {
      throw new ConfigException(PASSWORD + " is required with " + USERNAME);
    }
  }

  /** The endpoint the keys of {@code config} describe. */
  public static CqlEndpoint endpoint(AbstractConfig config) {
    CqlTls tls = null;
    if (config.getBoolean(SSL_ENABLED)) {
      tls =
          new CqlTls(
              config.getString(SSL_TRUSTSTORE_PATH),
              value(config.getPassword(SSL_TRUSTSTORE_PASSWORD)),
              config.getString(SSL_KEYSTORE_PATH),
              value(config.getPassword(SSL_KEYSTORE_PASSWORD)),
              config.getBoolean(SSL_HOSTNAME_VALIDATION));
    }
    return new CqlEndpoint(
        config.getList(CONTACT_POINTS),
        config.getString(LOCAL_DATACENTER),
        username(config),
        value(config.getPassword(PASSWORD)),
        tls);
  }

  private static String username(AbstractConfig config) {
    String user = config.getString(USERNAME);
    return user == null || user.isEmpty() ? null : user;
  }

  private static String value(Password password) {
    return password == null ? null : password.value();
  }
}
