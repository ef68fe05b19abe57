package io.chainexplorer.platform.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.types.Password;

/** Renders configuration definitions as the Markdown reference table of the README. */
public final class ConfigDocs {

  private static final String HEADER =
      "| Key | Type | Default | Valid values | Importance | Environment variable | Description |\n"
          + "|---|---|---|---|---|---|---|\n";

  private ConfigDocs() {}

  /** One table of every key of the definitions, in declaration order, the first definition wins. */
  public static String markdown(ConfigDef... definitions) {
    Map<String, ConfigKey> keys = new LinkedHashMap<>();
    for (ConfigDef definition : definitions) {
      definition.configKeys().forEach(keys::putIfAbsent);
    }
    return HEADER
        + keys.values().stream()
            .filter(key -> !key.internalConfig)
            .map(ConfigDocs::row)
            .collect(Collectors.joining());
  }

  /** The keys of {@code definition} that {@code base} does not declare: what an app adds. */
  public static ConfigDef without(ConfigDef definition, ConfigDef base) {
    ConfigDef own = new ConfigDef();
    definition.configKeys().values().stream()
        .filter(key -> !base.names().contains(key.name))
        .forEach(own::define);
    return own;
  }

  private static String row(ConfigKey key) {
    List<String> cells =
        List.of(
            code(key.name),
            key.type.name().toLowerCase(),
            defaultOf(key),
            key.validator == null ? "" : cell(key.validator.toString()),
            key.importance.name().toLowerCase(),
            code(ConfigLoader.envVar(key.name)),
            cell(plainText(key.documentation)));
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private static String defaultOf(ConfigKey key) {
    if (!key.hasDefault()) {
      return "(required)";
    }
    if (key.defaultValue == null) {
      return "";
    }
    // A password's default is in the source for all to read; Kafka would print it as [hidden].
    String text =
        key.defaultValue instanceof Password password
            ? password.value()
            : ConfigDef.convertToString(key.defaultValue, key.type);
    return text.isEmpty() ? "\"\"" : code(text);
  }

  /**
   * Kafka's own documentation strings carry HTML for its site: code spans become Markdown ones,
   * other tags go, so that they read well in a table cell.
   */
  static String plainText(String documentation) {
    if (documentation == null) {
      return null;
    }
    return documentation
        .replaceAll("</?code>", "`")
        .replaceAll("</?(p|ul|ol|li|b|i|em|strong|br|pre|a)( [^>]*)?/?>", " ")
        .replaceAll("\\s+", " ");
  }

  private static String code(String text) {
    return "`" + text.replace("`", "'") + "`";
  }

  private static String cell(String text) {
    if (text == null) {
      return "";
    }
    // Markdown would take <chain.name> for an HTML tag and hide it.
    return text.replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", " ")
        .strip();
  }
}
