/**
 * What verifying a fetched block against its own roots costs next to the rest of the poller's work
 * on that block: against parsing, mapping and Avro encoding alone ({@link
 * io.chainexplorer.bench.verify.VerificationCost}, {@link
 * io.chainexplorer.bench.verify.InterleavedVerificationShare}), and against the whole poller path
 * from the HTTP exchange to the committed Kafka transaction, in CPU of the poller's threads ({@link
 * io.chainexplorer.bench.verify.PollerVerificationShare}).
 */
package io.chainexplorer.bench.verify;
