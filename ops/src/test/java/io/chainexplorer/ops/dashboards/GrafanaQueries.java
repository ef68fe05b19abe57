package io.chainexplorer.ops.dashboards;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a dashboard query into the PromQL Grafana would send: template variables become {@code .*}
 * (every value, as "All" does), the interval variables fixed durations, and {@code
 * label_values(metric, label)} the series query behind it.
 */
final class GrafanaQueries {

  /** Grafana's global variables the dashboards may use, as the test evaluates them. */
  static final Map<String, String> GLOBALS =
      Map.of(
          "__rate_interval", "10s",
          "__interval", "2s",
          "__interval_ms", "2000",
          "__range", "5m",
          "__range_s", "300",
          "__range_ms", "300000");

  /** {@code ${name}}, {@code ${name:format}}, {@code $name} and {@code [[name]]}. */
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{(\\w+)(?::[^}]*)?}|\\$(\\w+)|\\[\\[(\\w+)(?::[^]]*)?]]");

  private static final Pattern LABEL_VALUES =
      Pattern.compile("^\\s*label_values\\((?:(.+),)?\\s*(\\w+)\\s*\\)\\s*$", Pattern.DOTALL);

  private GrafanaQueries() {}

  /** Names of every variable the query references, globals included. */
  static Set<String> referencedVariables(String query) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = VARIABLE.matcher(query);
    while (matcher.find()) {
      names.add(name(matcher));
    }
    return names;
  }

  /** The PromQL to evaluate for {@code query}, with every variable substituted. */
  static String toPromQl(String query) {
    Matcher labelValues = LABEL_VALUES.matcher(query);
    String promQl =
        labelValues.matches()
            ? labelValuesQuery(labelValues.group(1), labelValues.group(2))
            : query;
    Matcher matcher = VARIABLE.matcher(promQl);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = GLOBALS.getOrDefault(name(matcher), ".*");
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String labelValuesQuery(String metric, String label) {
    String series = metric == null ? "{" + label + "!=\"\"}" : metric.trim();
    return "count by (" + label + ") (" + series + ")";
  }

  private static String name(Matcher matcher) {
    for (int group = 1; group <= 3; group++) {
      if (matcher.group(group) != null) {
        return matcher.group(group);
      }
    }
    throw new IllegalStateException("no variable name in " + matcher.group());
  }
}
