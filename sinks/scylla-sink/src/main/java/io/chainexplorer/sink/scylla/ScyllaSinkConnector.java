package io.chainexplorer.sink.scylla;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.sink.errors.ErrorHandling;
import io.chainexplorer.sink.scylla.cql.SchemaMigrator;
import io.chainexplorer.sink.scylla.cql.Sessions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sink connector writing chain entities to ScyllaDB hot tables; applies the schema at start. */
public final class ScyllaSinkConnector extends SinkConnector {

  static final String VERSION = "0.1.0";

  private static final Logger LOG = LoggerFactory.getLogger(ScyllaSinkConnector.class);

  private Map<String, String> props;

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public void start(Map<String, String> props) {
    ScyllaSinkConfig config = new ScyllaSinkConfig(props);
    this.props = Map.copyOf(props);
    LOG.info(
        "starting ScyllaDB sink: {}",
        config.values().keySet().stream().sorted().map(k -> k + "=" + masked(config, k)).toList());
    if (config.applySchema()) {
      try (CqlSession session = Sessions.open(config)) {
        SchemaMigrator.apply(session, config.keyspace(), config.replicationCql());
      }
      LOG.info("schema applied to keyspace {}", config.keyspace());
    }
  }

  private static Object masked(ScyllaSinkConfig config, String key) {
    // Password values print as [hidden] through Password.toString().
    return config.values().get(key);
  }

  @Override
  public Class<? extends Task> taskClass() {
    return ScyllaSinkTask.class;
  }

  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    return new ArrayList<>(Collections.nCopies(maxTasks, props));
  }

  @Override
  public void stop() {
    // Sessions are opened and closed within start(); tasks own theirs.
  }

  @Override
  public ConfigDef config() {
    return ScyllaSinkConfig.CONFIG_DEF;
  }

  /** Adds the cross-field checks to the per-key validation, so the REST API refuses them. */
  @Override
  public Config validate(Map<String, String> connectorConfigs) {
    Config config = super.validate(connectorConfigs);
    boolean keysValid = config.configValues().stream().allMatch(v -> v.errorMessages().isEmpty());
    if (!keysValid) {
      return config;
    }
    try {
      new ScyllaSinkConfig(connectorConfigs);
      return config;
    } catch (ConfigException e) {
      List<ConfigValue> values = new ArrayList<>(config.configValues());
      ConfigValue crossField = new ConfigValue(ErrorHandling.DLQ_TOPIC);
      crossField.addErrorMessage(e.getMessage());
      values.add(crossField);
      return new Config(values);
    }
  }
}
