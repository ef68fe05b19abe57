/** Asynchronous, bounded, idempotent writes and conditional deletes, with error classification. */
package io.chainexplorer.sink.scylla.writer;
