package io.chainexplorer.platform.metrics;

import io.chainexplorer.platform.config.ServiceConfig;
import java.util.Map;

/** A service with only the shared keys. */
final class SampleServiceConfig extends ServiceConfig {

  SampleServiceConfig(Map<?, ?> properties) {
    super(baseDefinition(), properties);
  }

  @Override
  public String serviceName() {
    return "sample-service";
  }
}
