/**
 * The decoder's Kafka Streams topology: inputs re-keyed by contract, decoding with user ABIs, proxy
 * targets and standards, decoded-call/event sinks, security-token activity and dead letters.
 */
package io.chainexplorer.decoder.topology;
