package io.chainexplorer.sink.hdfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Connect sink writing a chain's confirmed topics to Parquet files on HDFS, exactly once per
 * record; start-up rejects any configuration that could let non-canonical data in.
 */
public class HdfsSinkConnector extends SinkConnector {

  static final String VERSION = "0.1.0";

  private static final Logger LOG = LoggerFactory.getLogger(HdfsSinkConnector.class);

  private Map<String, String> props;

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public void start(Map<String, String> props) {
    HdfsSinkConfig config = new HdfsSinkConfig(props);
    HdfsSinkConfig.validateTopics(props, config.chain());
    config.commitHook();
    this.props = Map.copyOf(props);
    LOG.info("HDFS sink starting with {}", config.values());
  }

  @Override
  public Class<? extends Task> taskClass() {
    return HdfsSinkTask.class;
  }

  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    List<Map<String, String>> configs = new ArrayList<>();
    for (int i = 0; i < maxTasks; i++) {
      configs.add(props);
    }
    return configs;
  }

  @Override
  public void stop() {
    // Tasks own every resource.
  }

  @Override
  public ConfigDef config() {
    return HdfsSinkConfig.CONFIG_DEF;
  }
}
