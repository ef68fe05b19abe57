package io.chainexplorer.reliability.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Looks for known secret strings in everything a run left behind; a finding names the secret by its
 * alias and the place, never the secret itself, so the report can be printed.
 */
public final class SecretScan {

  /** One secret seen somewhere. */
  public record Finding(String alias, String where) {}

  private final Map<String, String> secretsByAlias;
  private final List<Finding> findings = new ArrayList<>();
  private long scanned;

  /**
   * @param secretsByAlias each secret under a printable alias ({@code alpha/one})
   */
  public SecretScan(Map<String, String> secretsByAlias) {
    if (secretsByAlias.isEmpty()) {
      throw new IllegalArgumentException("nothing to look for");
    }
    this.secretsByAlias = Map.copyOf(secretsByAlias);
  }

  /** Scans one text; {@code where} names it in findings (a file, a topic and offset). */
  public SecretScan text(String where, CharSequence text) {
    scanned++;
    String haystack = text.toString();
    secretsByAlias.forEach(
        (alias, secret) -> {
          if (haystack.contains(secret)) {
            findings.add(new Finding(alias, where));
          }
        });
    return this;
  }

  /** Scans bytes as Latin-1, so any ASCII secret inside them is found whatever the encoding. */
  public SecretScan bytes(String where, byte[] content) {
    return content == null
        ? this
        : text(where, new String(content, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  /** Everything found so far. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** How many texts were scanned: a scan of nothing proves nothing. */
  public long scanned() {
    return scanned;
  }
}
