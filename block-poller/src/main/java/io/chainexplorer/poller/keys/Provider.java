package io.chainexplorer.poller.keys;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A node provider: a URL template ({@code https://host/v3/${key}}, or a plain URL that is one
 * keyless endpoint), what it charges per method, its per-key rate in units per second and its
 * per-key daily budget in units, reset at 00:00 UTC.
 *
 * <p>{@link #toString()} names the provider only: the template may hold a key.
 */
public record Provider(
    String name,
    String urlTemplate,
    MethodWeights weights,
    double unitsPerSecond,
    long dailyBudget) {

  public static final String KEY_PLACEHOLDER = "${key}";

  public Provider {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(urlTemplate, "urlTemplate");
    Objects.requireNonNull(weights, "weights");
    if (!name.matches("[a-z0-9][a-z0-9_-]{0,31}")) {
      throw new IllegalArgumentException(
          "provider name must be 1-32 lower-case letters, digits, _ or -, got '" + name + "'");
    }
    if (!(unitsPerSecond > 0)) {
      throw new IllegalArgumentException(name + ": units per second must be > 0");
    }
    if (dailyBudget <= 0) {
      throw new IllegalArgumentException(name + ": daily budget must be > 0");
    }
  }

  /** A provider with a profile's published defaults. */
  public static Provider of(String name, String urlTemplate, ProviderProfile profile) {
    return new Provider(
        name, urlTemplate, profile.weights(), profile.unitsPerSecond(), profile.dailyBudget());
  }

  /** Whether keys fill a {@code ${key}} placeholder, rather than the URL being the endpoint. */
  public boolean templated() {
    return urlTemplate.contains(KEY_PLACEHOLDER);
  }

  /** The endpoint of {@code key}: a secret, for the HTTP client only. */
  public URI endpointFor(ApiKey key) {
    if (!templated()) {
      return URI.create(urlTemplate.trim());
    }
    String secret =
        key.secret()
            .orElseThrow(
                () -> new IllegalArgumentException(key + " has no secret for a templated URL"));
    // Encoded as a path segment: a key with a space or a quote still makes a valid URL.
    String segment = URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20");
    return URI.create(urlTemplate.trim().replace(KEY_PLACEHOLDER, segment));
  }

  /** Scheme and host of the template, safe to log. */
  public String safeOrigin() {
    return SecretUrls.origin(urlTemplate.replace(KEY_PLACEHOLDER, "key"));
  }

  @Override
  public String toString() {
    return "Provider{" + name + " at " + safeOrigin() + "}";
  }
}
