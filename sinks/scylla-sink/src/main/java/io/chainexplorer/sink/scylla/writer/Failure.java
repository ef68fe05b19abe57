package io.chainexplorer.sink.scylla.writer;

import org.apache.kafka.connect.sink.SinkRecord;

/**
 * A record the writer could not store, with why; for the errant-record reporter.
 *
 * @param record the Connect record as it was delivered
 * @param cause what failed: a mapping error or the driver's error
 */
public record Failure(SinkRecord record, Throwable cause) {}
