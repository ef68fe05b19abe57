package io.chainexplorer.decoder.standards;

import io.chainexplorer.decoder.abi.AbiEntry;
import io.chainexplorer.decoder.abi.SignatureParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a signature resource: {@code function f(uint256 a)} or {@code event E(address indexed
 * a)}, a {@code !} after the keyword marking a member that recognises a security token.
 *
 * @param entry the parsed function or event
 * @param marker whether the member recognises its standard
 */
public record SignatureLine(AbiEntry entry, boolean marker) {

  /** Parses one line; a bad line is a bug in a shipped resource, so it throws. */
  public static SignatureLine parse(String line) {
    String text = line.strip();
    int space = text.indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException("no keyword in signature line: " + text);
    }
    String keyword = text.substring(0, space);
    boolean marker = keyword.endsWith("!");
    String kind = marker ? keyword.substring(0, keyword.length() - 1) : keyword;
    String signature = text.substring(space + 1);
    return switch (kind) {
      case "function" -> new SignatureLine(SignatureParser.function(signature), marker);
      case "event" -> new SignatureLine(SignatureParser.event(signature), marker);
      default -> throw new IllegalArgumentException("unknown keyword in signature line: " + text);
    };
  }

  /** Every signature line of a classpath resource, skipping blank lines and {@code #} comments. */
  public static List<SignatureLine> readResource(String resource) {
    List<SignatureLine> lines = new ArrayList<>();
    for (String line : resourceLines(resource)) {
      lines.add(parse(line));
    }
    return lines;
  }

  /** The non-blank, non-comment lines of a classpath resource. */
  public static List<String> resourceLines(String resource) {
    InputStream in = SignatureLine.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String text = line.strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          lines.add(text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
