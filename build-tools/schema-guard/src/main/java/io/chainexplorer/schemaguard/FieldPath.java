package io.chainexplorer.schemaguard;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * Turns the JSON-pointer location of an Avro incompatibility ({@code /fields/3/type/items/...})
 * into the field path a person reads ({@code receipts[].logs[].topics}).
 */
final class FieldPath {

  private FieldPath() {}

  /**
   * Resolves {@code location} against the reader schema; returns the deepest field path it can
   * name, or an empty string when the location is the record itself.
   */
  static String of(Schema reader, String location) {
    Deque<String> segments =
        new ArrayDeque<>(
            Arrays.stream(location.split("/"))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toList()));
    StringBuilder path = new StringBuilder();
    Schema current = reader;
    while (!segments.isEmpty() && current != null) {
      String segment = segments.pop();
      current = step(current, segment, segments, path);
    }
    return path.toString();
  }

  private static Schema step(
      Schema current, String segment, Deque<String> rest, StringBuilder path) {
    switch (segment) {
      case "fields":
        return field(current, rest.poll(), path);
      case "type":
        return current;
      case "items":
        path.append("[]");
        return current.getType() == Schema.Type.ARRAY ? current.getElementType() : null;
      case "values":
        path.append("{}");
        return current.getType() == Schema.Type.MAP ? current.getValueType() : null;
      default:
        // A union branch index counts the writer's branches; follow the reader's only non-null one.
        return current.getType() == Schema.Type.UNION ? soleNonNullBranch(current) : null;
    }
  }

  private static Schema field(Schema current, String index, StringBuilder path) {
    if (current.getType() != Schema.Type.RECORD || index == null) {
      return null;
    }
    List<Schema.Field> fields = current.getFields();
    int position = Integer.parseInt(index);
    if (position < 0 || position >= fields.size()) {
      return null;
    }
    Schema.Field field = fields.get(position);
    if (path.length() > 0) {
      path.append('.');
    }
    path.append(field.name());
    return field.schema();
  }

  private static Schema soleNonNullBranch(Schema union) {
    List<Schema> nonNull =
        union.getTypes().stream()
            .filter(s -> s.getType() != Schema.Type.NULL)
            .collect(Collectors.toList());
    return nonNull.size() == 1 ? nonNull.get(0) : null;
  }
}
