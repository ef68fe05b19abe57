package io.chainexplorer.platform.config;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** A service configuration with a secret and a bounded number, as apps declare them. */
final class SampleConfig extends ServiceConfig {

  static final String API_KEY = "sample.api.key";
  static final String BATCH_SIZE = "sample.batch.size";
  static final String RPC_URLS = "sample.rpc.urls";

  static final ConfigDef DEFINITION =
      baseDefinition()
          .define(API_KEY, Type.PASSWORD, null, Importance.HIGH, "API key of the sample provider.")
          .define(BATCH_SIZE, Type.INT, 10, Range.between(1, 100), Importance.LOW, "Batch size.")
          .define(
              RPC_URLS,
              Type.PASSWORD,
              "http://127.0.0.1:8545",
              Validators.secretUrlList(),
              Importance.HIGH,
              "RPC endpoints.");

  SampleConfig(Map<?, ?> properties) {
    super(DEFINITION, properties);
  }

  @Override
  public String serviceName() {
    return "sample";
  }
}
