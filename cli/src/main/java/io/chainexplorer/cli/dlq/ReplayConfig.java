package io.chainexplorer.cli.dlq;

import io.chainexplorer.platform.config.ServiceConfig;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;

/** Configuration of a dead-letter replay: the keys every service shares, nothing of its own. */
final class ReplayConfig extends ServiceConfig {

  static final String SERVICE = "dlq-replay";

  ReplayConfig(Map<?, ?> properties) {
    super(baseDefinition(), properties);
  }

  /** The definition, for the loader. */
  static ConfigDef definition() {
    return baseDefinition();
  }

  @Override
  public String serviceName() {
    return SERVICE;
  }
}
