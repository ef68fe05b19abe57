package io.chainexplorer.sink.scylla.mapping;

import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * A sink record and every row it writes, or deletes when it is a retraction.
 *
 * @param record the Connect record, for the errant-record reporter
 * @param identity entity and key: two records with the same identity must not be applied out of
 *     order
 * @param rows the rows, empty for a tombstone
 * @param retracted whether the rows are to be deleted where their block hash still matches
 */
public record MappedRecord(SinkRecord record, String identity, List<Row> rows, boolean retracted) {

  public MappedRecord {
    rows = List.copyOf(rows);
  }
}
