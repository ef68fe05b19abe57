package io.chainexplorer.poller;

import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.config.PollerKeys;
import io.chainexplorer.poller.keys.KeyPoolMetrics;
import io.chainexplorer.poller.keys.KeyPoolRuntime;
import java.time.Clock;
import java.util.Map;

/** The poller's key pool, wired from its configuration: the keys, the usage topic, the metrics. */
public final class PollerKeyPool {

  private PollerKeyPool() {}

  /**
   * Starts the key pool of the configured providers and keys.
   *
   * @param environment where key sources name their variables (and {@code HOSTNAME})
   * @param instanceId this replica's id in the shared usage ledger
   */
  public static KeyPoolRuntime start(
      PollerConfig config, Map<String, String> environment, String instanceId, Clock clock) {
    return KeyPoolRuntime.start(
        PollerKeys.of(config, environment),
        new KeyPoolRuntime.Settings(
            config.chainName(),
            config.blockTime(),
            config.kafkaClientProperties(),
            config.serdeConfig(),
            KeyPoolMetrics.tipCalls(config.tracesEnabled(), config.tokensMetadataEnabled())),
        instanceId,
        clock);
  }
}
