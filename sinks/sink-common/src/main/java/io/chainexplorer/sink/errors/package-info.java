/**
 * What every sink task does with a record it cannot write: Connect's error-handling keys, the
 * errant-record reporter (never null) and the retry, without limit, of transient failures.
 */
package io.chainexplorer.sink.errors;
