/** Throughput of the tx-enricher topology against a passthrough topology on the same broker. */
package io.chainexplorer.bench.enricher;
