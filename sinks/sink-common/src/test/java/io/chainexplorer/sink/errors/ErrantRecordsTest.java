package io.chainexplorer.sink.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.junit.jupiter.api.Test;

class ErrantRecordsTest {

  private static final SinkRecord RECORD = new SinkRecord("topic", 0, null, "key", null, "v", 7L);
  private static final DataException CAUSE = new DataException("poison");

  private final SinkTaskContext context = mock(SinkTaskContext.class);

  @Test
  void shouldHandTheRecordToTheWorkersReporterWhenTheWorkerHasOne() {
    ErrantRecordReporter worker = mock(ErrantRecordReporter.class);
    when(context.errantRecordReporter()).thenReturn(worker);

    boolean taken = ErrantRecords.of(context, false).report(RECORD, CAUSE);

    assertThat(taken).isTrue();
    verify(worker).report(RECORD, CAUSE);
  }

  @Test
  void shouldDropTheRecordWhenTheWorkerHasNoReporterAndToleratesAll() {
    when(context.errantRecordReporter()).thenReturn(null);

    assertThat(ErrantRecords.of(context, true).report(RECORD, CAUSE)).isFalse();
  }

  @Test
  void shouldFailTheTaskWhenTheWorkerHasNoReporterAndToleratesNone() {
    when(context.errantRecordReporter()).thenReturn(null);

    assertThatThrownBy(() -> ErrantRecords.of(context, false).report(RECORD, CAUSE))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("no errant-record reporter")
        .hasCause(CAUSE);
  }

  @Test
  void shouldFallBackOnErrorsToleranceWhenTheWorkerPredatesTheReporter() {
    when(context.errantRecordReporter()).thenThrow(new NoSuchMethodError("errantRecordReporter"));
    SinkTaskContext older = mock(SinkTaskContext.class);
    when(older.errantRecordReporter()).thenThrow(new NoClassDefFoundError("ErrantRecordReporter"));

    assertThat(ErrantRecords.of(context, true).report(RECORD, CAUSE)).isFalse();
    assertThatThrownBy(() -> ErrantRecords.of(older, false).report(RECORD, CAUSE))
        .isInstanceOf(ConnectException.class);
  }
}
