package io.chainexplorer.enricher.topology;

import io.chainexplorer.enricher.errors.Rejection;

/** The outcome of reading one input record: its value, or why it cannot be used. */
sealed interface Read<T> {

  record Ok<T>(T value) implements Read<T> {}

  record Failed<T>(Rejection rejection) implements Read<T> {}
}
