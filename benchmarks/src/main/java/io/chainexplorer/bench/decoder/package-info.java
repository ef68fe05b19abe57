/** Throughput of the contract-decoder app against a passthrough topology on the same broker. */
package io.chainexplorer.bench.decoder;
