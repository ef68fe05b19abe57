package io.chainexplorer.devstack.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chainexplorer.avro.ApiKeyUsage;
import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.PollerCursor;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An exported topic's records without what differs from one run of the same range to the next: when
 * a block was fetched or a cursor written, and of the running values (key usage, chain metrics, the
 * poller's cursor) all but each key's final one.
 */
final class RunRecords {

  private static final Set<String> RUN_TIMES = Set.of("fetchedAt", "updatedAt");

  private RunRecords() {}

  static List<JsonNode> of(Path export, TopicSpec<?, ?> topic) {
    List<JsonNode> lines = JsonLines.read(export.resolve(topic.name() + ".jsonl"));
    lines.forEach(RunRecords::strip);
    if (topic.valueType() == ApiKeyUsage.class) {
      // keyed by day and by a poller instance that each start names anew
      lines.forEach(line -> ((ObjectNode) line).remove("key"));
      return lastOfEachKey(lines);
    }
    if (topic.valueType() == ChainMetrics.class || topic.valueType() == PollerCursor.class) {
      return lastOfEachKey(lines);
    }
    return lines;
  }

  /**
   * The final value of each key of a running value: how many updates come before it depends on when
   * its writer committed, not on the records.
   */
  private static List<JsonNode> lastOfEachKey(List<JsonNode> lines) {
    Map<String, JsonNode> last = new LinkedHashMap<>();
    lines.forEach(line -> last.put(line.path("key").toString(), line));
    return List.copyOf(last.values());
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(RUN_TIMES);
    }
    node.forEach(RunRecords::strip);
  }
}
