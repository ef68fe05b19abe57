/** Per-block figures and per-minute aggregates behind the chain-metrics topic. */
package io.chainexplorer.enricher.metrics;
