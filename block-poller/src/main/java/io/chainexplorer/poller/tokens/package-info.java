/**
 * Token metadata: which contracts of a block are tokens seen for the first time (or upgraded
 * proxies), the {@code eth_call}s that read their name, symbol, decimals and supply at that block,
 * the decoding of what they return, and the set of tokens already read, rebuilt from the compacted
 * tokens topic at start.
 */
package io.chainexplorer.poller.tokens;
