package io.chainexplorer.api.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the keys file (a plain file or a Docker secret): one {@code name:sha256-hex:rate[:revoked]}
 * a line, {@code #} comments and blank lines ignored. Errors name the line, never its content.
 */
public final class KeyFile {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private KeyFile() {}

  /** The keys of {@code file}; fails on the first malformed line or a repeated name. */
  public static List<ApiKey> read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API keys file " + file, e);
    }
  }

  static List<ApiKey> parse(List<String> lines) {
    List<ApiKey> keys = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      ApiKey key = parseLine(line, i + 1);
      if (!names.add(key.name())) {
        throw new IllegalArgumentException("API keys file line " + (i + 1) + ": repeated name");
      }
      keys.add(key);
    }
    return List.copyOf(keys);
  }

  private static ApiKey parseLine(String line, int number) {
    String[] parts = line.split(":", -1);
    String where = "API keys file line " + number + ": ";
    if (parts.length < 3 || parts.length > 4) {
      throw new IllegalArgumentException(where + "expected name:sha256-hex:rate[:revoked]");
    }
    if (!NAME.matcher(parts[0]).matches()) {
      throw new IllegalArgumentException(where + "a name is 1-64 letters, digits, '.', '_', '-'");
    }
    if (!SHA256.matcher(parts[1]).matches()) {
      throw new IllegalArgumentException(where + "the hash is 64 lower-case hex digits");
    }
    int rate = rate(parts[2]);
    if (rate < 1 || rate > 100_000) {
      throw new IllegalArgumentException(where + "the rate is 1 to 100000 requests per second");
    }
    if (parts.length == 4 && !parts[3].equals("revoked")) {
      throw new IllegalArgumentException(where + "the fourth field can only be 'revoked'");
    }
    return new ApiKey(parts[0], parts[1], rate, parts.length == 4);
  }

  private static int rate(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
