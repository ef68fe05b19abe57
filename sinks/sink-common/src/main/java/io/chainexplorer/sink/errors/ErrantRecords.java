package io.chainexplorer.sink.errors;

import java.util.concurrent.CompletableFuture;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a task sends the records it cannot write: the worker's errant-record reporter or, when the
 * worker has none, a stand-in that honours {@code errors.tolerance} as Connect does for records its
 * converters cannot read: {@code all} drops the record, {@code none} fails the task.
 */
public final class ErrantRecords {

  private static final Logger LOG = LoggerFactory.getLogger(ErrantRecords.class);

  /** The stand-in under {@code errors.tolerance=all}: the record is dropped, and said so. */
  private static final ErrantRecordReporter DROPPING =
      (record, error) -> {
        LOG.warn(
            "dropped record {}-{}@{} (errors.tolerance=all, no dead-letter topic): {}",
            record.topic(),
            record.kafkaPartition(),
            record.kafkaOffset(),
            error.toString());
        return CompletableFuture.completedFuture(null);
      };

  /** The stand-in under {@code errors.tolerance=none}: the first failed record stops the task. */
  private static final ErrantRecordReporter FAILING =
      (record, error) -> {
        throw new ConnectException("record not written and no errant-record reporter", error);
      };

  private final ErrantRecordReporter reporter;

  private ErrantRecords(ErrantRecordReporter reporter) {
    this.reporter = reporter;
  }

  /**
   * The worker's reporter, which a worker provides only with a dead-letter topic or the error log
   * enabled (and only from Kafka 2.6 on); otherwise the stand-in for {@code toleratesAll}.
   */
  public static ErrantRecords of(SinkTaskContext context, boolean toleratesAll) {
    ErrantRecordReporter worker = workerReporter(context);
    if (worker != null) {
      return new ErrantRecords(worker);
    }
    return new ErrantRecords(toleratesAll ? DROPPING : FAILING);
  }

  private static ErrantRecordReporter workerReporter(SinkTaskContext context) {
    try {
      return context.errantRecordReporter();
    } catch (NoSuchMethodError | NoClassDefFoundError e) {
      LOG.warn("this Connect worker predates the errant-record reporter: errors.tolerance decides");
      return null;
    }
  }

  /**
   * Hands over one record that cannot be written and why.
   *
   * @return true when the worker's reporter took it (dead-letter topic or error log), false when it
   *     was dropped
   * @throws ConnectException without a worker reporter under {@code errors.tolerance=none}
   */
  public boolean report(SinkRecord record, Throwable cause) {
    reporter.report(record, cause);
    return reporter != DROPPING;
  }
}
