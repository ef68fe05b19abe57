package io.chainexplorer.enricher.mapping;

/** What splitting one raw block gives: its entities, or the reason it cannot be split. */
public sealed interface SplitOutcome permits SplitBlock, InvalidBlock {}
