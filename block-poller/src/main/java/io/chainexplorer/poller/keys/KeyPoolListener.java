package io.chainexplorer.poller.keys;

import java.util.List;

/** Hears what the pool does with each key, for metrics; called on the caller's thread. */
public interface KeyPoolListener {

  /** An exchange on {@code key} ended with {@code outcome}; {@code methods} has one per member. */
  void exchanged(ApiKey key, List<String> methods, KeyOutcome outcome);

  /** No listener. */
  KeyPoolListener NONE = (key, methods, outcome) -> {};
}
