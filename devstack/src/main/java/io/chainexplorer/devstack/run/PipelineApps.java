package io.chainexplorer.devstack.run;

import io.chainexplorer.cli.config.ConfiguredApp;
import io.chainexplorer.embedded.FreePorts;
import io.chainexplorer.platform.config.ServiceConfig;
import io.chainexplorer.platform.config.StreamsServiceConfig;
import io.chainexplorer.poller.config.PollerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The pipeline's apps as child processes: the poller ({@code poll}, or {@code backfill} for a
 * finite range), the enricher and the decoder, each with a properties file in {@code <data
 * dir>/apps} and a metrics port of its own. Node URLs and keys reach the poller through its
 * environment, never through a file.
 */
final class PipelineApps {

  static final String POLLER = "block-poller";

  /** The second poller instance of the chain, standing by while {@link #POLLER} leads. */
  static final String STANDBY_POLLER = "block-poller-2";

  static final String ENRICHER = "tx-enricher";
  static final String DECODER = "contract-decoder";

  private PipelineApps() {}

  /** Where the infrastructure listens, as the apps' configuration needs it. */
  record Endpoints(String kafka, String registry, String rpcUrl) {}

  /** Writes the configuration files and returns the apps, none started. */
  static List<AppProcess> create(PipelineSettings settings, Endpoints endpoints) {
    return create(settings, PipelineOptions.defaults(), endpoints);
  }

  /**
   * As {@link #create(PipelineSettings, Endpoints)}, with the options' poller settings and, when
   * asked for and following the head, a second poller instance (standby) after the first.
   */
  static List<AppProcess> create(
      PipelineSettings settings, PipelineOptions options, Endpoints endpoints) {
    Path dir = directory(settings.dataDir().resolve("apps"));
    List<AppProcess> apps = new ArrayList<>();
    apps.add(poller(POLLER, settings, options, endpoints, dir));
    if (options.standbyPoller() && !settings.finite()) {
      apps.add(poller(STANDBY_POLLER, settings, options, endpoints, dir));
    }
    apps.add(streamsApp(ENRICHER, "enrich", settings, options, endpoints, dir));
    apps.add(streamsApp(DECODER, "decode", settings, options, endpoints, dir));
    return apps;
  }

  /** The consumer group (application id) of a Streams app of this chain. */
  static String applicationId(String chain, String app) {
    return chain + "-" + app;
  }

  private static AppProcess poller(
      String name,
      PipelineSettings settings,
      PipelineOptions options,
      Endpoints endpoints,
      Path dir) {
    Map<String, String> config = common(settings, endpoints, name);
    config.putAll(settings.chain().pollerSettings(settings.environment()));
    // A public chain is followed from its head: from block 0 it would crawl its whole history.
    config.put(
        PollerConfig.START_BLOCK,
        settings.startBlock().isPresent()
            ? Long.toString(settings.startBlock().getAsLong())
            : settings.chain().isDevnet() ? "0" : PollerConfig.LATEST);
    config.putAll(options.pollerSettings());
    config.putAll(options.appSettings().of(ConfiguredApp.BLOCK_POLLER));
    Path file = write(dir, name, config);
    List<String> arguments = new ArrayList<>();
    if (settings.finite()) {
      arguments.addAll(
          List.of(
              "backfill",
              "--config",
              file.toString(),
              "--from",
              Long.toString(settings.startBlock().getAsLong()),
              "--to",
              Long.toString(settings.endBlock().getAsLong())));
    } else {
      arguments.addAll(List.of("poll", "--config", file.toString()));
    }
    Map<String, String> environment = new HashMap<>(settings.environment());
    List<String> urls = settings.embeddedNode() ? List.of(endpoints.rpcUrl()) : settings.rpcUrls();
    if (!urls.isEmpty()) {
      environment.put("CHAIN_EXPLORER_RPC_URLS", String.join(",", urls));
    }
    return new AppProcess(name, arguments, environment, dir, port(config));
  }

  private static AppProcess streamsApp(
      String name,
      String command,
      PipelineSettings settings,
      PipelineOptions options,
      Endpoints endpoints,
      Path dir) {
    Map<String, String> config = common(settings, endpoints, name);
    config.putAll(options.appSettings().of(ConfiguredApp.of(name)));
    config.put(StreamsServiceConfig.APPLICATION_ID, applicationId(settings.chainName(), name));
    config.put(StreamsServiceConfig.STATE_DIR, directory(dir.resolve(name + "-state")).toString());
    Path file = write(dir, name, config);
    return new AppProcess(
        name, List.of(command, "--config", file.toString()), Map.of(), dir, port(config));
  }

  private static Map<String, String> common(
      PipelineSettings settings, Endpoints endpoints, String name) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put(ServiceConfig.CHAIN_NAME, settings.chainName());
    // records of another chain than the run's stop an app instead of mixing chains
    config.put(ServiceConfig.CHAIN_ID, Long.toString(settings.chain().id()));
    config.put(ServiceConfig.KAFKA_BOOTSTRAP_SERVERS, endpoints.kafka());
    config.put(ServiceConfig.SCHEMA_REGISTRY_URL, endpoints.registry());
    config.put(ServiceConfig.METRICS_HOST, "127.0.0.1");
    config.put(ServiceConfig.METRICS_PORT, Integer.toString(FreePorts.next()));
    return config;
  }

  private static int port(Map<String, String> config) {
    return Integer.parseInt(config.get(ServiceConfig.METRICS_PORT));
  }

  private static Path write(Path dir, String name, Map<String, String> config) {
    Properties properties = new Properties();
    properties.putAll(config);
    Path file = dir.resolve(name + ".properties");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(out, name + " of chain-explorer run; rewritten at each start");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static Path directory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }
}
