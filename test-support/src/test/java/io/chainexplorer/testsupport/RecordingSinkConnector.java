package io.chainexplorer.testsupport;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/** A test sink whose single task keeps every record value it receives in memory. */
public final class RecordingSinkConnector extends SinkConnector {

  private Map<String, String> config;

  @Override
  public void start(Map<String, String> props) {
    this.config = Map.copyOf(props);
  }

  @Override
  public Class<? extends Task> taskClass() {
    return RecordingSinkTask.class;
  }

  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    return Collections.nCopies(1, config);
  }

  @Override
  public void stop() {
    config = null;
  }

  @Override
  public ConfigDef config() {
    return new ConfigDef();
  }

  @Override
  public String version() {
    return "test";
  }
}
