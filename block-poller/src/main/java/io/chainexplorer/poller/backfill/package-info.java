/**
 * Backfill of a closed range of blocks: parallel fetches across the key pool, a bounded reorder
 * window, publication in block order with a cursor of its own per range, resumable after a crash.
 */
package io.chainexplorer.poller.backfill;
