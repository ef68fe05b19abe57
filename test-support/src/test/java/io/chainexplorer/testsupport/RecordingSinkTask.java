package io.chainexplorer.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

/** Keeps the values of the records Connect delivers, as UTF-8 strings, for the test to inspect. */
public final class RecordingSinkTask extends SinkTask {

  static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

  @Override
  public void start(Map<String, String> props) {
    // nothing to open: records stay in memory
  }

  @Override
  public void put(Collection<SinkRecord> records) {
    for (SinkRecord record : records) {
      RECEIVED.add(
          record.topic() + ":" + new String((byte[]) record.value(), StandardCharsets.UTF_8));
    }
  }

  @Override
  public void stop() {
    // nothing to close
  }

  @Override
  public String version() {
    return "test";
  }
}
