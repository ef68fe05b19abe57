package io.chainexplorer.platform.config;

/**
 * Holds a chain name's topics to one chain: a record that says it is of another chain id than the
 * namespace's ({@code chain.id}) is a wrong deployment, not a bad record to dead-letter, so it
 * stops the app before anything derived from it is committed.
 */
public final class ChainIdGuard {

  private final String namespace;
  private final long expected;

  /**
   * @param namespace the chain name, the topics' namespace
   * @param expected the namespace's chain id; 0: every record passes
   */
  public ChainIdGuard(String namespace, long expected) {
    this.namespace = namespace;
    this.expected = expected;
  }

  /**
   * Passes when {@code actual} is the namespace's chain id or none is configured.
   *
   * @param record what the record is, for the message (e.g. {@code raw block 18000000})
   * @throws ForeignChainException otherwise: fatal, exit code 2
   */
  public void check(String record, String topic, long actual) {
    if (expected != 0 && actual != expected) {
      throw ForeignChainException.of(record, topic, namespace, actual, expected);
    }
  }
}
