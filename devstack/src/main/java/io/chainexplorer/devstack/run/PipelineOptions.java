package io.chainexplorer.devstack.run;

import java.util.Map;

/**
 * What a pipeline runs beyond its {@link PipelineSettings}, for reliability runs: a standby poller
 * on the same chain, and poller settings that override the network's (e.g. deeper confirmations for
 * deep reorgs). The defaults ({@link #defaults()}) are those of {@code run}: one poller, the
 * network's settings.
 *
 * @param standbyPoller whether a second poller joins the chain's leader election and stands by
 * @param pollerSettings poller configuration keys that replace the network's values
 * @param traffic the devnet traffic's settings ({@code traffic.*} keys of {@code TrafficSettings});
 *     empty: its defaults
 * @param nodeState whether the devnet node saves its state (every historical state included) in the
 *     data directory for the next start to resume; off for long throwaway runs, whose thousands of
 *     blocks make each periodic save slower than the node's block time
 * @param appSettings the user's settings of each app ({@code run --set}), applied over the
 *     network's and the options' values
 * @param stores whether the hot and cold stores run: Cassandra, the Connect worker and both sink
 *     connectors; without them the pipeline ends at its topics (an extraction to files)
 */
public record PipelineOptions(
    boolean standbyPoller,
    Map<String, String> pollerSettings,
    Map<String, String> traffic,
    boolean nodeState,
    AppSettings appSettings,
    boolean stores) {

  public PipelineOptions {
    pollerSettings = Map.copyOf(pollerSettings);
    traffic = Map.copyOf(traffic);
  }

  /** Options without user settings of the apps. */
  public PipelineOptions(
      boolean standbyPoller,
      Map<String, String> pollerSettings,
      Map<String, String> traffic,
      boolean nodeState) {
    this(standbyPoller, pollerSettings, traffic, nodeState, AppSettings.none(), true);
  }

  /**
   * One poller with the network's settings, the traffic's defaults, the node's state saved, both
   * stores.
   */
  public static PipelineOptions defaults() {
    return new PipelineOptions(false, Map.of(), Map.of(), true);
  }

  /** These options with the user's settings of the apps. */
  public PipelineOptions withAppSettings(AppSettings settings) {
    return new PipelineOptions(standbyPoller, pollerSettings, traffic, nodeState, settings, stores);
  }

  /** These options with or without the stores. */
  public PipelineOptions withStores(boolean on) {
    return new PipelineOptions(standbyPoller, pollerSettings, traffic, nodeState, appSettings, on);
  }
}
