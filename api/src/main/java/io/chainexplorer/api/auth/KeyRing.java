package io.chainexplorer.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The configured keys, found by the SHA-256 of the key a client presents. */
public final class KeyRing {

  private final Map<String, ApiKey> byHash;

  public KeyRing(List<ApiKey> keys) {
    this.byHash =
        keys.stream().collect(Collectors.toUnmodifiableMap(ApiKey::sha256, Function.identity()));
  }

  /** The key whose hash matches {@code presented}, if any. */
  public Optional<ApiKey> find(String presented) {
    return Optional.ofNullable(byHash.get(sha256(presented)));
  }

  /** How many keys are configured. */
  public int size() {
    return byHash.size();
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes: what the keys file stores. */
  public static String sha256(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
