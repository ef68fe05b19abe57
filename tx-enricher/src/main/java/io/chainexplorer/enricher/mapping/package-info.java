/**
 * Pure functions from a raw block to the enricher's entities; no Kafka. Entry point: {@link
 * io.chainexplorer.enricher.mapping.BlockSplitter#split}.
 */
package io.chainexplorer.enricher.mapping;
