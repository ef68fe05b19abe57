package io.chainexplorer.embedded;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link KafkaBrokerProcess} secures its listeners: the broker settings, the SCRAM users
 * written into the metadata when the storage is formatted, and the client settings of its super
 * user. {@link #plaintext()} is the default of tests and {@code make run}.
 *
 * @param brokerSettings server properties added to (and overriding) the one-node defaults
 * @param formatArguments extra arguments of {@code kafka-storage format}
 * @param superUserClient client security settings of the super user (readiness checks, admin)
 * @param protocol security protocol of the client listener, as in its {@code listeners} entry
 */
public record BrokerSecurity(
    Map<String, String> brokerSettings,
    List<String> formatArguments,
    Map<String, Object> superUserClient,
    String protocol) {

  /** The SCRAM mechanism of the client and inter-broker listener. */
  public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

  public BrokerSecurity {
    brokerSettings = Map.copyOf(brokerSettings);
    formatArguments = List.copyOf(formatArguments);
    superUserClient = Map.copyOf(superUserClient);
  }

  /** No authentication, no encryption, no authorizer. */
  public static BrokerSecurity plaintext() {
    return new BrokerSecurity(Map.of(), List.of(), Map.of(), "PLAINTEXT");
  }

  /**
   * Clients and brokers over SASL_SSL with SCRAM-SHA-512 (users created with the admin API), the
   * controller over SASL_SSL with PLAIN, ACLs enforced by the StandardAuthorizer (nothing allowed
   * without an ACL); {@code superUser} is written at format time and may do anything.
   */
  public static BrokerSecurity saslSsl(SelfSignedTls tls, String superUser, String password) {
    Map<String, String> broker = new LinkedHashMap<>();
    broker.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:SASL_SSL");
    broker.put("inter.broker.listener.name", "SASL_SSL");
    broker.put("sasl.enabled.mechanisms", SCRAM_MECHANISM);
    broker.put("sasl.mechanism.inter.broker.protocol", SCRAM_MECHANISM);
    broker.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
    broker.put("sasl.mechanism.controller.protocol", "PLAIN");
    broker.put(
        "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", scramJaas(superUser, password));
    broker.put(
        "listener.name.controller.plain.sasl.jaas.config",
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
            + superUser
            + "\" password=\""
            + password
            + "\" user_"
            + superUser
            + "=\""
            + password
            + "\";");
    broker.put("ssl.keystore.type", "PKCS12");
    broker.put("ssl.keystore.location", tls.keystore().toString());
    broker.put("ssl.keystore.password", tls.password());
    broker.put("ssl.key.password", tls.password());
    broker.put("ssl.truststore.type", "PKCS12");
    broker.put("ssl.truststore.location", tls.truststore().toString());
    broker.put("ssl.truststore.password", tls.password());
    broker.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    broker.put("super.users", "User:" + superUser);
    broker.put("allow.everyone.if.no.acl.found", "false");
    List<String> format =
        List.of(
            "--add-scram", SCRAM_MECHANISM + "=[name=" + superUser + ",password=" + password + "]");
    return new BrokerSecurity(broker, format, scramClient(tls, superUser, password), "SASL_SSL");
  }

  /** The client settings of a SCRAM user of a {@link #saslSsl} broker, trusting its certificate. */
  public static Map<String, Object> scramClient(SelfSignedTls tls, String user, String password) {
    return Map.of(
        "security.protocol",
        "SASL_SSL",
        "sasl.mechanism",
        SCRAM_MECHANISM,
        "sasl.jaas.config",
        scramJaas(user, password),
        "ssl.truststore.type",
        "PKCS12",
        "ssl.truststore.location",
        tls.truststore().toString(),
        "ssl.truststore.password",
        tls.password());
  }

  /** The JAAS line of a SCRAM client login. */
  public static String scramJaas(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
        + user
        + "\" password=\""
        + password
        + "\";";
  }

  @Override
  public String toString() {
    // the settings hold passwords
    return "BrokerSecurity[" + protocol + "]";
  }
}
