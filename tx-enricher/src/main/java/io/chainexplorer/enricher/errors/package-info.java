/**
 * Bad input as values: the rejection of a record, its one dead-letter envelope and its counter;
 * transient errors (schemas' TransientFailures) propagate instead.
 */
package io.chainexplorer.enricher.errors;
