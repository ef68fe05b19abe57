package io.chainexplorer.api.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef.Validator;
import org.apache.kafka.common.config.ConfigException;

/**
 * The Prometheus endpoints the operations endpoints read: absolute http(s) URLs without user info,
 * because the list is logged and shown as it is (credentials belong to a proxy, not a URL here).
 */
public final class ScrapeTargets implements Validator {

  @Override
  public void ensureValid(String name, Object value) {
    if (value == null) {
      return;
    }
    for (Object entry : (List<?>) value) {
      String text = String.valueOf(entry);
      URI uri;
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        throw new ConfigException(name, value, "'" + text + "' is not a URL");
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new ConfigException(name, value, "'" + text + "' is not an http(s) URL");
      }
      if (uri.getRawUserInfo() != null) {
        // Never echo the entry: its user info may hold a password.
        throw new ConfigException(name + " has a URL with user info; scrape targets carry none");
      }
    }
  }

  @Override
  public String toString() {
    return "http(s) URLs of /metrics endpoints, comma-separated, without user info";
  }

  /** The targets of a validated list. */
  static List<URI> of(List<String> urls) {
    return urls.stream().map(URI::create).toList();
  }
}
