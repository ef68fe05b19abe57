package io.chainexplorer.batchserving.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Asynchronous writes kept at most {@link #LIMIT} in flight; {@link #drain} waits for them all. */
final class InFlight {

  /** Writes in flight at once: enough to keep a node busy, few enough not to time out. */
  static final int LIMIT = 128;

  private final List<CompletableFuture<?>> writes = new ArrayList<>();

  /** Adds {@code write}, first waiting for those in flight when there are {@link #LIMIT}. */
  void add(CompletionStage<?> write) {
    writes.add(write.toCompletableFuture());
    if (writes.size() == LIMIT) {
      drain();
    }
  }

  /** Waits for every write added; the first failure is thrown. */
  void drain() {
    CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
    writes.clear();
  }
}
