package io.chainexplorer.reliability.truth;

import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.sink.converter.AvroConnectData;
import io.chainexplorer.sink.scylla.mapping.Row;
import io.chainexplorer.sink.scylla.mapping.RowMapper;
import io.chainexplorer.sink.scylla.mapping.Table;
import io.chainexplorer.sink.scylla.mapping.Tables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Rows of the hot tables as {@link Observed}: the expected ones come from the ScyllaDB sink's own
 * mapping of the enricher's records, so both sides name and type every column alike; a row's key is
 * its primary-key values, its content every column.
 */
public final class HotRows {

  /** The block-derived tables the enricher's records fill (decoded tables need the decoder). */
  public static final List<Table> TABLES =
      List.of(
          Tables.BLOCKS_BY_NUMBER,
          Tables.BLOCKS_BY_HASH,
          Tables.TRANSACTIONS_BY_HASH,
          Tables.TRANSACTIONS_BY_ADDRESS,
          Tables.TOKEN_TRANSFERS_BY_TOKEN,
          Tables.TOKEN_TRANSFERS_BY_ADDRESS,
          Tables.INTERNAL_TRANSACTIONS_BY_TX,
          Tables.INTERNAL_TRANSACTIONS_BY_ADDRESS);

  private static final AvroConnectData CONNECT = new AvroConnectData();
  private static final RowMapper MAPPER = new RowMapper();

  private HotRows() {}

  /** The rows the sink writes for the records of one block; a later row with a key wins. */
  public static List<Observed> of(SplitBlock split) {
    List<SpecificRecordBase> records = new ArrayList<>();
    records.add(split.block());
    records.addAll(split.transactions());
    records.addAll(split.tokenTransfers());
    records.addAll(split.internalTransactions());
    Map<List<String>, Observed> rows = new LinkedHashMap<>();
    for (SpecificRecordBase record : records) {
      SchemaAndValue value = CONNECT.toConnectData(record.getSchema(), record);
      SinkRecord sink = new SinkRecord("expected", 0, null, null, value.schema(), value.value(), 0);
      for (Row row : MAPPER.map(sink).rows()) {
        Observed observed = of(row.table(), row.values());
        rows.put(List.of(observed.entity(), observed.key()), observed);
      }
    }
    return List.copyOf(rows.values());
  }

  /** A row of {@code table}, values in {@link Table#columns()} order, as the comparison sees it. */
  public static Observed of(Table table, List<Object> values) {
    List<String> columns = table.columns();
    String key =
        values.subList(0, table.keyColumns().size()).stream()
            .map(HotRows::text)
            .collect(Collectors.joining("|"));
    String content = values.stream().map(HotRows::text).collect(Collectors.joining("|"));
    Object number = values.get(columns.indexOf("block_number"));
    Object hash = values.get(columns.indexOf("block_hash"));
    return new Observed(
        table.name(), key, ((Number) number).longValue(), String.valueOf(hash), content);
  }

  /** One text per value, whatever Java type the driver or the mapper chose for the CQL type. */
  private static String text(Object value) {
    if (value instanceof Instant instant) {
      return Long.toString(instant.toEpochMilli());
    }
    if (value instanceof java.util.Date date) {
      return Long.toString(date.getTime());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toBigInteger().toString();
    }
    if (value instanceof Number number && !(value instanceof Double || value instanceof Float)) {
      return number.toString();
    }
    return String.valueOf(value);
  }
}
