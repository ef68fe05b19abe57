package io.chainexplorer.schemas.topics;

/** Kafka's {@code cleanup.policy} of a topic. */
public enum CleanupPolicy {
  /** Segments are deleted once older than the retention. */
  DELETE("delete"),
  /** Only the latest value of each key is kept, forever. */
  COMPACT("compact");

  private final String configValue;

  CleanupPolicy(String configValue) {
    this.configValue = configValue;
  }

  /** The value of Kafka's {@code cleanup.policy} topic config. */
  public String configValue() {
    return configValue;
  }
}
