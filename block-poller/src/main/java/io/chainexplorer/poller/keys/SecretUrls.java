package io.chainexplorer.poller.keys;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What of a key-bearing URL may be shown: its scheme and host, never its path or query. */
public final class SecretUrls {

  private SecretUrls() {}

  /** {@code scheme://host[:port]}, or {@code <unparseable url>}. */
  public static String origin(String url) {
    try {
      URI uri = new URI(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "<unparseable url>";
      }
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + port;
    } catch (URISyntaxException e) {
      return "<unparseable url>";
    }
  }

  /**
   * The alias of the {@code index}-th plain URL (1-based): {@code rpc-<index>@<host>}, so that two
   * URLs on one host stay apart and the path, where providers put keys, is never shown; logs add
   * the scheme through {@link #origin(String)}.
   */
  public static String aliasOf(int index, String url) {
    try {
      URI uri = new URI(url.trim());
      String host = uri.getHost() == null ? "unknown" : uri.getHost();
      return "rpc-" + index + "@" + host.replaceAll("[^A-Za-z0-9_.-]", "_");
    } catch (URISyntaxException e) {
      return "rpc-" + index + "@unknown";
    }
  }
}
