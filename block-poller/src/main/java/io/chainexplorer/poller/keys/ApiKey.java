package io.chainexplorer.poller.keys;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One provider API key: its alias is public, its secret never leaves this object except through
 * {@link #secret()}; {@link #toString()} is {@code provider/alias}.
 */
public final class ApiKey {

  private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}");

  private final String provider;
  private final String alias;
  private final String secret;

  private ApiKey(String provider, String alias, String secret) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.alias = checkedAlias(alias);
    this.secret = secret;
  }

  /** A key whose secret fills the provider's {@code ${key}} placeholder. */
  public static ApiKey of(String provider, String alias, String secret) {
    if (secret == null || secret.isBlank()) {
      // The message names the alias only: the secret is blank anyway, but keep the habit.
      throw new IllegalArgumentException("key " + provider + "/" + alias + " is empty");
    }
    return new ApiKey(provider, alias, secret.trim());
  }

  /** The single endpoint of a provider whose URL has no {@code ${key}} placeholder. */
  public static ApiKey keyless(String provider, String alias) {
    return new ApiKey(provider, alias, null);
  }

  /** Whether {@code alias} may name a key: it ends up in metric tags and topic keys. */
  public static boolean isValidAlias(String alias) {
    return alias != null && ALIAS.matcher(alias).matches();
  }

  public String provider() {
    return provider;
  }

  public String alias() {
    return alias;
  }

  /** {@code provider/alias}, the name logs, metrics and exceptions use. */
  public String qualifiedAlias() {
    return provider + "/" + alias;
  }

  /** The secret, for building the endpoint and nothing else; empty for a keyless endpoint. */
  public Optional<String> secret() {
    return Optional.ofNullable(secret);
  }

  private static String checkedAlias(String alias) {
    if (!isValidAlias(alias)) {
      // Do not echo the alias: a misconfigured file may have the key where the alias belongs.
      throw new IllegalArgumentException(
          "a key alias must be 1-128 letters, digits or _ . @ - starting with a letter or digit");
    }
    return alias;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKey that
        && provider.equals(that.provider)
        && alias.equals(that.alias);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, alias);
  }

  @Override
  public String toString() {
    return qualifiedAlias();
  }
}
