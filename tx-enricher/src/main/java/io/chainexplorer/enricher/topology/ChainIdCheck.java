package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.platform.config.ForeignChainException;

/**
 * Holds a chain name's topics to one chain: a raw block whose provenance names another chain id
 * than the configured one is not a bad record to dead-letter but a wrong deployment, so it stops
 * the app before anything derived from it is committed.
 */
final class ChainIdCheck {

  private final String chain;
  private final long expected;

  /**
   * @param chain the chain name, the topics' namespace
   * @param expected the chain id raw blocks must have; 0: every one passes
   */
  ChainIdCheck(String chain, long expected) {
    this.chain = chain;
    this.expected = expected;
  }

  void check(String topic, RawBlock block) {
    long actual = block.getProvenance().getChainId();
    if (expected != 0 && actual != expected) {
      throw ForeignChainException.of(
          "raw block " + block.getBlockNumber(), topic, chain, actual, expected);
    }
  }
}
