/**
 * Chain-of-custody verification of fetched blocks: {@link
 * io.chainexplorer.poller.verify.BlockVerifier} recomputes the transactions, receipts and
 * withdrawals roots and the block hash from a {@code RawBlock} and compares them with its header;
 * {@link io.chainexplorer.poller.verify.VerificationPolicy} says where verification applies.
 */
package io.chainexplorer.poller.verify;
