package io.chainexplorer.cli.config;

import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.platform.config.ServiceConfig;
import io.chainexplorer.poller.config.PollerConfig;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigDef;

/** The deployable apps whose configuration the CLI loads, shows and documents. */
public enum ConfiguredApp {
  BLOCK_POLLER(PollerConfig.SERVICE, PollerConfig::definition, PollerConfig::new),
  TX_ENRICHER(EnricherConfig.SERVICE, EnricherConfig::definition, EnricherConfig::new),
  CONTRACT_DECODER(DecoderConfig.SERVICE, DecoderConfig::definition, DecoderConfig::new);

  private final String id;
  private final Supplier<ConfigDef> definition;
  private final Function<Map<String, String>, ServiceConfig> factory;

  ConfiguredApp(
      String id,
      Supplier<ConfigDef> definition,
      Function<Map<String, String>, ServiceConfig> factory) {
    this.id = id;
    this.definition = definition;
    this.factory = factory;
  }

  /** The app's name, e.g. {@code block-poller}. */
  public String id() {
    return id;
  }

  public ConfigDef definition() {
    return definition.get();
  }

  /** Builds the typed configuration, running its cross-field checks. */
  public ServiceConfig configure(Map<String, String> values) {
    return factory.apply(values);
  }

  @Override
  public String toString() {
    return id;
  }

  /** The app named {@code id}. */
  public static ConfiguredApp of(String id) {
    for (ConfiguredApp app : values()) {
      if (app.id.equals(id)) {
        return app;
      }
    }
    throw new IllegalArgumentException("no app named " + id);
  }
}
