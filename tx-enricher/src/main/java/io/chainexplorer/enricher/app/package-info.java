/** Wiring of the enricher: Streams and serde settings from the configuration, topic creation. */
package io.chainexplorer.enricher.app;
