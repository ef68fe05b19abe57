/**
 * The decoder's errors as values: the dead-letter envelope with source coordinates and raw bytes,
 * the reasons, and the outcome and dead-letter meters.
 */
package io.chainexplorer.decoder.errors;
