package io.chainexplorer.batch.bench;

import java.util.List;
import org.apache.avro.generic.GenericRecord;

/** One generated block's records, per confirmed topic, as the apps would publish them. */
public record GeneratedBlock(
    GenericRecord block,
    List<GenericRecord> transactions,
    List<GenericRecord> logs,
    List<GenericRecord> tokenTransfers,
    List<GenericRecord> contracts) {}
