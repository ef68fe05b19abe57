package io.chainexplorer.api.ops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Prometheus text exposition format (version 0.0.4) into samples; comment lines are
 * skipped and a line that does not parse is dropped rather than failing the whole scrape.
 */
public final class PrometheusText {

  private PrometheusText() {}

  /** The samples of one exposition, in order. */
  public static List<Sample> parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Sample sample = line(line);
      if (sample != null) {
        samples.add(sample);
      }
    }
    return samples;
  }

  private static Sample line(String line) {
    int brace = line.indexOf('{');
    int space = line.indexOf(' ');
    if (space < 0) {
      return null;
    }
    String name;
    Map<String, String> labels = new HashMap<>();
    int rest;
    if (brace >= 0 && brace < space) {
      name = line.substring(0, brace);
      rest = labels(line, brace + 1, labels);
      if (rest < 0) {
        return null;
      }
    } else {
      name = line.substring(0, space);
      rest = space;
    }
    String[] tail = line.substring(rest).strip().split("\\s+");
    try {
      return new Sample(name, labels, value(tail[0]));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Reads {@code a="x",b="y"}} from {@code start}; returns the index after the brace, or -1. */
  private static int labels(String line, int start, Map<String, String> labels) {
    int i = start;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '}') {
        return i + 1;
      }
      if (c == ',' || c == ' ') {
        i++;
        continue;
      }
      int eq = line.indexOf("=\"", i);
      if (eq < 0) {
        return -1;
      }
      StringBuilder value = new StringBuilder();
      int j = eq + 2;
      while (j < line.length() && line.charAt(j) != '"') {
        char v = line.charAt(j);
        if (v == '\\' && j + 1 < line.length()) {
          char next = line.charAt(++j);
          value.append(next == 'n' ? '\n' : next);
        } else {
          value.append(v);
        }
        j++;
      }
      labels.put(line.substring(i, eq).strip(), value.toString());
      i = j + 1;
    }
    return -1;
  }

  private static double value(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }
}
