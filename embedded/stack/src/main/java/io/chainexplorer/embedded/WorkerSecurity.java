package io.chainexplorer.embedded;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.config.types.Password;

/**
 * The Kafka client security settings of a Connect worker ({@code security.protocol}, {@code
 * sasl.*}, {@code ssl.*}), checked against Kafka's own definitions and given to every client the
 * worker creates: its own, and under {@link #TASK_CLIENT_PREFIXES} its tasks'.
 */
final class WorkerSecurity {

  /**
   * Connect gives its tasks' clients only the settings under these prefixes: sink consumers,
   * dead-letter producers, and the admin client that creates dead-letter topics.
   */
  static final List<String> TASK_CLIENT_PREFIXES = List.of("consumer.", "producer.", "admin.");

  private static final ConfigDef DEFINITION = definition();

  private final Map<String, String> settings;

  private WorkerSecurity(Map<String, String> settings) {
    this.settings = Map.copyOf(settings);
  }

  /** No settings: every client keeps Kafka's default, PLAINTEXT. */
  static WorkerSecurity none() {
    return new WorkerSecurity(Map.of());
  }

  /**
   * Settings as a Kafka client takes them (strings or typed values, passwords as strings or {@code
   * Password}); a key that is not a client security setting, or a value of the wrong type, is
   * refused naming the key only.
   */
  static WorkerSecurity of(Map<String, ?> clientSettings) {
    Map<String, String> settings = new LinkedHashMap<>();
    clientSettings.forEach(
        (name, value) -> {
          ConfigKey key = DEFINITION.configKeys().get(name);
          if (key == null) {
            throw new IllegalArgumentException(
                "not a Kafka client security setting (security.protocol, sasl.*, ssl.*): " + name);
          }
          settings.put(name, asString(key, value));
        });
    return new WorkerSecurity(settings);
  }

  /** The settings of the worker's clients, then the same under each task client's prefix. */
  Map<String, String> workerSettings() {
    Map<String, String> worker = new LinkedHashMap<>(settings);
    for (String prefix : TASK_CLIENT_PREFIXES) {
      settings.forEach((key, value) -> worker.put(prefix + key, value));
    }
    return worker;
  }

  private static String asString(ConfigKey key, Object value) {
    try {
      Object parsed = ConfigDef.parseType(key.name, value, key.type);
      // the worker reads the clear value; Kafka's own conversion would write "[hidden]"
      return parsed instanceof Password password
          ? password.value()
          : ConfigDef.convertToString(parsed, key.type);
    } catch (RuntimeException e) {
      // the message of a type error quotes the value, which may be a password
      throw new IllegalArgumentException(
          "invalid value for " + key.name + " (expected " + key.type + ")");
    }
  }

  private static ConfigDef definition() {
    ConfigDef definition =
        new ConfigDef()
            .define(
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
                Type.STRING,
                CommonClientConfigs.DEFAULT_SECURITY_PROTOCOL,
                Importance.HIGH,
                CommonClientConfigs.SECURITY_PROTOCOL_DOC);
    SaslConfigs.addClientSaslSupport(definition);
    SslConfigs.addClientSslSupport(definition);
    return definition;
  }

  @Override
  public String toString() {
    // the values hold passwords
    return "WorkerSecurity[" + settings.getOrDefault("security.protocol", "PLAINTEXT") + "]";
  }
}
