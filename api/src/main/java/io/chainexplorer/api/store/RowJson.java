package io.chainexplorer.api.store;

import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hot-table row as JSON fields: camelCase column names; uint256 values as decimal strings (no
 * JavaScript client can hold them as numbers); timestamps as ISO-8601; decoded parameters as the
 * JSON array the sink rendered; the partition bucket left out.
 */
public final class RowJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RowJson() {}

  /** Every column of the row except the bucket. */
  public static Map<String, Object> of(Row row) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (ColumnDefinition column : row.getColumnDefinitions()) {
      String name = column.getName().asInternal();
      if (!name.equals("bucket")) {
        fields.put(camel(name), value(name, row.getObject(column.getName())));
      }
    }
    return fields;
  }

  private static Object value(String column, Object value) {
    if (value instanceof BigInteger number) {
      return number.toString();
    }
    if (value instanceof Instant time) {
      return time.toString();
    }
    if (value instanceof String text && column.equals("parameters")) {
      try {
        return JSON.readTree(text);
      } catch (JsonProcessingException e) {
        // The sink renders valid JSON; should a row ever hold other text, show it as it is.
        return text;
      }
    }
    return value;
  }

  static String camel(String column) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
