package io.chainexplorer.devstack.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code .env} file: {@code NAME=value} lines, {@code #} comments, optional {@code export} and
 * surrounding quotes. Values are secrets (provider keys): they are only ever handed to child
 * processes as environment variables, never printed.
 */
final class DotEnv {

  private DotEnv() {}

  /** The variables of {@code file}; none when it does not exist. */
  static Map<String, String> read(Path file) {
    Map<String, String> variables = new LinkedHashMap<>();
    if (file == null || !Files.isRegularFile(file)) {
      return variables;
    }
    try {
      int number = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        number++;
        parse(line, file, number, variables);
      }
      return variables;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void parse(String raw, Path file, int number, Map<String, String> variables) {
    String line = raw.strip();
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    if (line.startsWith("export ")) {
      line = line.substring("export ".length()).strip();
    }
    int equals = line.indexOf('=');
    String name = equals < 0 ? "" : line.substring(0, equals).strip();
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      // the line may hold a key: name only its position
      throw new IllegalArgumentException(
          file + " line " + number + ": expected NAME=value with a variable name");
    }
    variables.put(name, unquote(line.substring(equals + 1).strip()));
  }

  private static String unquote(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
    return quoted ? value.substring(1, value.length() - 1) : value;
  }
}
