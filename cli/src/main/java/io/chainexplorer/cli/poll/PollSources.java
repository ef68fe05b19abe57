package io.chainexplorer.cli.poll;

import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.rpc.BlockSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/** Builds the block source of {@code poll}: key pool and JSON-RPC client from the configuration. */
final class PollSources {

  private PollSources() {}

  /**
   * The configured block source.
   *
   * @throws IllegalStateException until the RPC block source and key pool are wired here
   */
  static BlockSource create(PollerConfig config, Clock clock, MeterRegistry registry) {
    throw new IllegalStateException(
        "this build has no JSON-RPC block source yet: the poller's rpc package has not landed");
  }
}
