package io.chainexplorer.sink.scylla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.datastax.oss.driver.api.core.DriverTimeoutException;
import io.chainexplorer.sink.errors.ErrorHandling;
import io.chainexplorer.sink.scylla.writer.ScyllaWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The task's error handling over a writer whose session is a mock: no cluster. */
class ScyllaSinkTaskTest {

  private static final long BACKOFF_MS = 500L;
  private static final String BLOCK = SampleRecords.hash("b1", 1);

  private final MockSession cluster = new MockSession();
  private final SinkTaskContext context = mock(SinkTaskContext.class);
  private final ErrantRecordReporter reporter = mock(ErrantRecordReporter.class);
  private final SinkRecord first = transaction(1, 0);
  private final SinkRecord second = transaction(2, 1);
  private final SinkRecord poison =
      new SinkRecord("scylla-test", 0, null, "poison", null, "no struct", 2L);
  private ScyllaSinkTask task;

  @AfterEach
  void stop() {
    if (task != null) {
      task.stop();
    }
  }

  @Test
  void shouldHandTheBatchBackToConnectWithoutLimitAndNeverReportIt() {
    when(context.errantRecordReporter()).thenReturn(reporter);
    cluster.failingWith(new DriverTimeoutException("write timed out"));
    start(Map.of(ErrorHandling.TOLERANCE, "all"));
    List<SinkRecord> batch = List.of(first, second);

    // max.retries is 2: far past it, the batch still goes back to Connect.
    for (int retry = 0; retry < 6; retry++) {
      assertThatThrownBy(() -> task.put(batch)).isInstanceOf(RetriableException.class);
    }

    verify(reporter, never()).report(any(), any());
    ArgumentCaptor<Long> backoffs = ArgumentCaptor.forClass(Long.class);
    verify(context, times(6)).timeout(backoffs.capture());
    assertThat(backoffs.getAllValues())
        .containsExactly(BACKOFF_MS, 1_000L, 2_000L, 4_000L, 8_000L, 16_000L);
  }

  @Test
  void shouldReportAPoisonRecordAndWriteTheRest() {
    when(context.errantRecordReporter()).thenReturn(reporter);
    start(Map.of(ErrorHandling.TOLERANCE, "all"));

    task.put(List.of(first, poison, second));

    verify(reporter).report(eq(poison), any(DataException.class));
    verify(reporter, never()).report(eq(first), any());
    verify(reporter, never()).report(eq(second), any());
    assertThat(cluster.executed())
        .extracting(e -> e.values().contains(SampleRecords.hash("7a", 1)))
        .containsExactly(true, true, true, false, false, false);
  }

  @Test
  void shouldFailTheTaskWhenTheWorkerHasNoReporterAndNothingIsTolerated() {
    when(context.errantRecordReporter()).thenReturn(null);
    start(Map.of());

    assertThatThrownBy(() -> task.put(List.of(poison)))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("no errant-record reporter")
        .hasCauseInstanceOf(DataException.class);
  }

  @Test
  void shouldDropThePoisonAndWriteTheRestOnAWorkerThatPredatesTheReporter() {
    when(context.errantRecordReporter()).thenThrow(new NoSuchMethodError("errantRecordReporter"));
    start(Map.of(ErrorHandling.TOLERANCE, "all"));

    assertThatCode(() -> task.put(List.of(poison, first))).doesNotThrowAnyException();

    assertThat(cluster.executed()).hasSize(3);
  }

  private void start(Map<String, String> extra) {
    task =
        new ScyllaSinkTask(
            (config, metrics) -> new ScyllaWriter(config, c -> cluster.session, metrics));
    task.initialize(context);
    Map<String, String> props = new HashMap<>(extra);
    props.put("name", "task-test-" + UUID.randomUUID());
    props.put(ScyllaSinkConfig.LOCAL_DATACENTER, "dc1");
    props.put(ScyllaSinkConfig.MAX_RETRIES, "2");
    props.put(ScyllaSinkConfig.RETRY_BACKOFF_MS, Long.toString(BACKOFF_MS));
    task.start(props);
  }

  private static SinkRecord transaction(long n, long offset) {
    String hash = SampleRecords.hash("7a", n);
    return ConnectRecords.of(SampleRecords.transaction(hash, n, BLOCK, 0), hash, offset);
  }
}
