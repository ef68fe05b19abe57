package io.chainexplorer.reliability.truth;

/** Where the pipeline's outputs are compared with the chain. */
public enum Store {
  TOPICS("topics"),
  SCYLLA("scylla"),
  HDFS("hdfs");

  private final String label;

  Store(String label) {
    this.label = label;
  }

  /** The store's name in reports. */
  public String label() {
    return label;
  }
}
