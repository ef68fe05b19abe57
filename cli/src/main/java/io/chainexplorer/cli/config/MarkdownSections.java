package io.chainexplorer.cli.config;

import java.util.Optional;

/**
 * Generated regions of a Markdown document, delimited by {@code <!-- NAME:start -->} and {@code
 * <!-- NAME:end -->} comment lines; the text around them is left as it is.
 */
public final class MarkdownSections {

  private MarkdownSections() {}

  /** Whether the document has both markers of the region, start before end. */
  public static boolean has(String document, String name) {
    int start = document.indexOf(startMarker(name));
    return start >= 0 && document.indexOf(endMarker(name), start) > start;
  }

  /** The text between the markers, without the newlines that frame it. */
  public static Optional<String> extract(String document, String name) {
    if (!has(document, name)) {
      return Optional.empty();
    }
    int from = document.indexOf(startMarker(name)) + startMarker(name).length();
    int to = document.indexOf(endMarker(name), from);
    return Optional.of(document.substring(from, to).strip());
  }

  /**
   * The document with the region's text replaced by {@code content}.
   *
   * @throws IllegalArgumentException when the document lacks the region's markers
   */
  public static String replace(String document, String name, String content) {
    if (!has(document, name)) {
      throw new IllegalArgumentException(
          "no " + startMarker(name) + " ... " + endMarker(name) + " region in the document");
    }
    int from = document.indexOf(startMarker(name)) + startMarker(name).length();
    int to = document.indexOf(endMarker(name), from);
    return document.substring(0, from) + "\n" + content.strip() + "\n" + document.substring(to);
  }

  static String startMarker(String name) {
    return "<!-- " + name + ":start -->";
  }

  static String endMarker(String name) {
    return "<!-- " + name + ":end -->";
  }
}
