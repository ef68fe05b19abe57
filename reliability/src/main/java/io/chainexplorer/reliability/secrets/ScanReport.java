package io.chainexplorer.reliability.secrets;

import io.chainexplorer.reliability.secrets.SecretScan.Finding;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a secrets scan of a run looked at and found, per kind of output.
 *
 * @param scanned texts scanned per kind (a log file, a metrics page, a record, a row, a file)
 * @param findings every finding per kind: key alias and place, never the key
 * @param unreachable metrics endpoints that did not answer (a stopped service), not scanned
 */
public record ScanReport(
    Map<Kind, Long> scanned, Map<Kind, List<Finding>> findings, List<String> unreachable) {

  /** The kinds of outputs a run leaves. */
  public enum Kind {
    LOGS("log and configuration files"),
    METRICS("Prometheus outputs"),
    TOPICS("topic records (key, value, headers)"),
    TABLES("hot-table rows"),
    FILES("cold-store files");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public ScanReport {
    scanned = Collections.unmodifiableMap(new EnumMap<>(scanned));
    Map<Kind, List<Finding>> copy = new EnumMap<>(Kind.class);
    findings.forEach((kind, list) -> copy.put(kind, List.copyOf(list)));
    findings = Collections.unmodifiableMap(copy);
    unreachable = List.copyOf(unreachable);
  }

  /** Every finding of every kind. */
  public List<Finding> all() {
    return findings.values().stream().flatMap(List::stream).toList();
  }

  /** Whether no key was found and at least one text of every kind was scanned. */
  public boolean clean() {
    return all().isEmpty()
        && java.util.Arrays.stream(Kind.values()).allMatch(k -> scanned.getOrDefault(k, 0L) > 0);
  }

  /** One row per kind, then the findings. */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder("| output | scanned | findings |\n|---|---:|---:|\n");
    for (Kind kind : Kind.values()) {
      out.append(
          String.format(
              "| %s | %d | %d |%n",
              kind.label(),
              scanned.getOrDefault(kind, 0L),
              findings.getOrDefault(kind, List.of()).size()));
    }
    all()
        .forEach(
            f ->
                out.append("- `").append(f.alias()).append("` in ").append(f.where()).append('\n'));
    unreachable.forEach(u -> out.append("- not reachable: ").append(u).append('\n'));
    return out.toString();
  }
}
