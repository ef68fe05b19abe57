package io.chainexplorer.schemas.topics;

import java.time.Duration;

/** Renders a catalogue as the Markdown topic table of the README. */
public final class TopicTableRenderer {

  private TopicTableRenderer() {}

  /** One row per topic of {@link TopicCatalogue#all()}, in its order, under a header row. */
  public static String render(TopicCatalogue catalogue) {
    StringBuilder table = new StringBuilder();
    table.append(
        "| Topic | Key | Value schema | Partitioning (key) | Cleanup / retention | Written by |\n");
    table.append("|---|---|---|---|---|---|\n");
    for (TopicSpec<?, ?> spec : catalogue.all()) {
      table
          .append("| `")
          .append(spec.name())
          .append("` | ")
          .append(spec.keyType().getSimpleName())
          .append(" | ")
          .append(cell(valueSchema(spec)))
          .append(" | ")
          .append(cell(spec.keyMeaning()))
          .append(" | ")
          .append(cleanup(spec))
          .append(" | ")
          .append(spec.producer().id())
          .append(" |\n");
    }
    return table.toString();
  }

  private static String valueSchema(TopicSpec<?, ?> spec) {
    if (spec.valueType() == String.class) {
      return "string (JSON)";
    }
    return "`" + spec.valueSchema().getName() + "`";
  }

  private static String cleanup(TopicSpec<?, ?> spec) {
    String policy = spec.cleanupPolicy().configValue();
    return spec.retention().map(r -> policy + ", " + humanize(r)).orElse(policy + ", forever");
  }

  private static String humanize(Duration duration) {
    if (duration.toHours() % 24 == 0) {
      return duration.toDays() + " d";
    }
    return duration.toHours() + " h";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
