package io.chainexplorer.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef.Validator;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Validators the shared and app definitions use; messages never repeat a password's value.
 *
 * <p>Each validator's {@code toString} is the "valid values" column of the configuration reference.
 */
public final class Validators {

  /** Where a URL template takes each API key, as documented for the poller's endpoints. */
  public static final String KEY_SLOT = "${key}";

  private static final Set<String> HTTP_SCHEMES = Set.of("http", "https");
  // The poller speaks JSON-RPC over HTTP only: a WebSocket URL passed validation and then failed.
  private static final Set<String> WEBSOCKET_SCHEMES = Set.of("ws", "wss");

  private Validators() {}

  /** A string matching {@code regex} entirely. */
  public static Validator matches(String regex, String description) {
    Pattern pattern = Pattern.compile(regex);
    return new Described(
        description,
        (name, value) -> {
          if (value == null || !pattern.matcher((String) value).matches()) {
            throw new ConfigException(name, value, "must be " + description);
          }
        });
  }

  /** Empty (the documented fallback applies) or a number above zero. */
  public static Validator positiveOrNull() {
    return new Described(
        "empty or > 0",
        (name, value) -> {
          if (value != null && !(((Number) value).doubleValue() > 0)) {
            throw new ConfigException(name, value, "must be empty or above zero");
          }
        });
  }

  /** A non-empty list of {@code host:port} entries. */
  public static Validator hostPortList() {
    return new Described(
        "host:port,...",
        (name, value) -> {
          List<?> entries = (List<?>) value;
          if (entries == null || entries.isEmpty()) {
            throw new ConfigException(name, value, "needs at least one host:port");
          }
          for (Object entry : entries) {
            if (!String.valueOf(entry).matches("[^:\\s]+:\\d{1,5}")) {
              throw new ConfigException(name, value, "'" + entry + "' is not host:port");
            }
          }
        });
  }

  /** An absolute http or https URL. */
  public static Validator httpUrl() {
    return new Described(
        "http(s)://host[:port][/path]",
        (name, value) -> {
          String problem = urlProblem((String) value, HTTP_SCHEMES);
          if (problem != null) {
            throw new ConfigException(name, value, problem);
          }
        });
  }

  /**
   * A password holding comma-separated http or https URLs, which may embed API keys: the message
   * names the position of a bad entry, never the entry.
   */
  public static Validator secretUrlList() {
    return new Described(
        "one or more http(s) URLs, comma-separated",
        (name, value) -> {
          List<String> urls = splitSecretList((Password) value);
          if (urls.isEmpty()) {
            throw new ConfigException(name + " needs at least one URL");
          }
          for (int i = 0; i < urls.size(); i++) {
            String problem = urlProblem(withoutKeySlot(urls.get(i)), HTTP_SCHEMES);
            if (problem != null) {
              throw new ConfigException(
                  "Invalid value [hidden] for configuration "
                      + name
                      + ": entry "
                      + (i + 1)
                      + " "
                      + problem);
            }
          }
        });
  }

  /** The comma-separated entries of a secret list, trimmed, blanks dropped. */
  public static List<String> splitSecretList(Password password) {
    if (password == null) {
      return List.of();
    }
    return Pattern.compile(",")
        .splitAsStream(password.value())
        .map(String::trim)
        .filter(entry -> !entry.isEmpty())
        .toList();
  }

  /**
   * A URL template's {@code ${key}} slot (where each API key goes) as a plain path segment: the
   * braces are not legal in a URI, yet the template is a valid entry.
   */
  private static String withoutKeySlot(String url) {
    return url.replace(KEY_SLOT, "key");
  }

  private static String urlProblem(String value, Set<String> schemes) {
    if (value == null || value.isBlank()) {
      return "is empty";
    }
    try {
      URI uri = new URI(value.trim());
      if (uri.getScheme() != null && WEBSOCKET_SCHEMES.contains(uri.getScheme().toLowerCase())) {
        return "is a WebSocket URL: JSON-RPC goes over HTTP here, give the provider's https"
            + " endpoint";
      }
      if (uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase())) {
        return "needs one of the schemes " + schemes.stream().sorted().toList();
      }
      if (uri.getHost() == null) {
        return "has no host";
      }
      return null;
    } catch (URISyntaxException e) {
      return "is not a URL";
    }
  }

  /** A validator with a readable description for the reference table. */
  private record Described(String description, Check check) implements Validator {
    @Override
    public void ensureValid(String name, Object value) {
      check.ensureValid(name, value);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  @FunctionalInterface
  private interface Check {
    void ensureValid(String name, Object value);
  }
}
