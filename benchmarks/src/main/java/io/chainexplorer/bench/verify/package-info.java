/**
 * What verifying a fetched block against its own roots costs next to the rest of the poller's work
 * on that block (JSON-RPC answer to {@code RawBlock} to Avro): {@link
 * io.chainexplorer.bench.verify.VerificationCost}.
 */
package io.chainexplorer.bench.verify;
