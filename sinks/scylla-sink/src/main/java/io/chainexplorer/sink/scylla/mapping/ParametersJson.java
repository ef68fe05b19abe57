package io.chainexplorer.sink.scylla.mapping;

import java.util.List;
import org.apache.kafka.connect.data.Struct;

/** Renders decoded ABI parameters as one JSON array, keeping each value's canonical JSON text. */
final class ParametersJson {

  private ParametersJson() {}

  static String render(List<?> parameters) {
    StringBuilder json = new StringBuilder("[");
    for (Object item : parameters) {
      Struct parameter = (Struct) item;
      if (json.length() > 1) {
        json.append(',');
      }
      json.append("{\"name\":").append(quote(parameter.getString("name")));
      json.append(",\"type\":").append(quote(parameter.getString("type")));
      json.append(",\"indexed\":").append(Boolean.TRUE.equals(parameter.get("indexed")));
      // The value is already canonical JSON text (see DecodedParameter.avsc): embed it as is.
      json.append(",\"value\":").append(parameter.getString("value")).append('}');
    }
    return json.append(']').toString();
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
