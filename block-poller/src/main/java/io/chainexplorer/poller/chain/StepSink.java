package io.chainexplorer.poller.chain;

/** Where steps go: publishes one step atomically, or throws and publishes none of it. */
@FunctionalInterface
public interface StepSink {

  void publish(ChainStep step);
}
