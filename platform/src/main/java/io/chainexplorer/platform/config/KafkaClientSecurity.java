package io.chainexplorer.platform.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.utils.Utils;

/**
 * Kafka's own client security settings ({@code security.protocol}, {@code sasl.*}, {@code ssl.*}),
 * declared with Kafka's definitions under Kafka's names, and handed to every Kafka client of a
 * service exactly as configured.
 */
public final class KafkaClientSecurity {

  private static final ConfigDef DEFINITION = build();

  private KafkaClientSecurity() {}

  /** A fresh definition of the security keys, passwords ({@code *.password}, JAAS) as PASSWORD. */
  public static ConfigDef definition() {
    ConfigDef copy = new ConfigDef();
    DEFINITION.configKeys().values().forEach(copy::define);
    return copy;
  }

  /** Adds the security keys to {@code definition}; returns it. */
  static ConfigDef addTo(ConfigDef definition) {
    DEFINITION.configKeys().values().forEach(definition::define);
    return definition;
  }

  /**
   * The security settings set explicitly in {@code config}, typed (passwords stay {@code Password},
   * so a client logs them masked); keys left unset are omitted so that each client keeps Kafka's
   * own default.
   */
  public static Map<String, Object> clientSettings(AbstractConfig config) {
    Map<String, Object> settings = new LinkedHashMap<>();
    Map<String, ?> values = config.values();
    for (ConfigKey key : DEFINITION.configKeys().values()) {
      if (config.originals().containsKey(key.name) && values.get(key.name) != null) {
        settings.put(key.name, values.get(key.name));
      }
    }
    return settings;
  }

  /**
   * The security settings of a client outside any app configuration (a tool such as the lag
   * exporter): these keys alone, from {@code file} (null: none), the {@code CHAIN_EXPLORER_*}
   * environment and {@code overrides}, validated as an app's.
   */
  public static Map<String, Object> load(Path file, Map<String, String> overrides) {
    Map<String, String> resolved =
        ConfigLoader.of(DEFINITION).withFile(file).withOverrides(overrides).resolve();
    return clientSettings(new AbstractConfig(DEFINITION, resolved, false));
  }

  private static ConfigDef build() {
    ConfigDef definition =
        new ConfigDef()
            .define(
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
                Type.STRING,
                CommonClientConfigs.DEFAULT_SECURITY_PROTOCOL,
                ConfigDef.CaseInsensitiveValidString.in(Utils.enumOptions(SecurityProtocol.class)),
                Importance.HIGH,
                CommonClientConfigs.SECURITY_PROTOCOL_DOC);
    SaslConfigs.addClientSaslSupport(definition);
    SslConfigs.addClientSslSupport(definition);
    return definition;
  }
}
