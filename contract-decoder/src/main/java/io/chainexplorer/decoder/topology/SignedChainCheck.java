package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.platform.config.ForeignChainException;

/**
 * Holds a chain name's topics to one chain on the decoder's side: a transaction signed for another
 * chain id (EIP-155; legacy transactions carry none) cannot belong to this namespace, so it stops
 * the app rather than being decoded beside the namespace's own.
 */
final class SignedChainCheck {

  private final String namespace;
  private final long expected;

  /**
   * @param namespace the chain name, the topics' namespace
   * @param expected the namespace's chain id; 0: every record passes
   */
  SignedChainCheck(String namespace, long expected) {
    this.namespace = namespace;
    this.expected = expected;
  }

  /**
   * Passes logs, unsigned transactions and those of the namespace's chain.
   *
   * @throws ForeignChainException for a transaction signed for another chain: fatal, exit code 2
   */
  void check(String topic, Object record) {
    if (expected == 0 || !(record instanceof Transaction transaction)) {
      return;
    }
    Long signed = transaction.getChainId();
    if (signed != null && signed != expected) {
      throw ForeignChainException.of(
          "transaction " + transaction.getHash(), topic, namespace, signed, expected);
    }
  }
}
