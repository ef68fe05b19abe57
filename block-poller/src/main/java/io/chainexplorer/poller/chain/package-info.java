/**
 * Follows the head of one chain: asks for each block when it is due, detects reorgs against a
 * window of recent hashes and turns every advance into one {@link
 * io.chainexplorer.poller.chain.ChainStep} of retractions and canonical blocks.
 */
package io.chainexplorer.poller.chain;
