package io.chainexplorer.schemas.topics;

/** The applications that write topics; each one also owns a dead-letter topic. */
public enum App {
  BLOCK_POLLER("block-poller"),
  TX_ENRICHER("tx-enricher"),
  CONTRACT_DECODER("contract-decoder"),
  SCYLLA_SINK("scylla-sink"),
  HDFS_SINK("hdfs-sink"),
  CLI("cli");

  private final String id;

  App(String id) {
    this.id = id;
  }

  /** The app's name in topic names, metrics and logs, e.g. {@code tx-enricher}. */
  public String id() {
    return id;
  }
}
