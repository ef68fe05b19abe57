package io.chainexplorer.api;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.api.auth.KeyFile;
import io.chainexplorer.api.auth.KeyRing;
import io.chainexplorer.api.config.ApiConfig;
import io.chainexplorer.api.http.ApiApp;
import io.chainexplorer.api.http.TlsListener;
import io.chainexplorer.api.ops.MetricsScraper;
import io.chainexplorer.api.store.HotStore;
import io.chainexplorer.api.store.StoreSessions;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.platform.config.ConfigLog;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code chain-explorer api}: the HTTP API in a JVM of its own. Arguments: an optional properties
 * file, then {@code key=value} overrides; {@code CHAIN_EXPLORER_*} variables sit between them.
 */
public final class ApiServer {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private ApiServer() {}

  public static void main(String[] args) {
    Path file = null;
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq > 0) {
        overrides.put(arg.substring(0, eq), arg.substring(eq + 1));
      } else {
        file = Path.of(arg);
      }
    }
    ApiConfig config =
        ConfigLoader.of(ApiConfig.CONFIG_DEF)
            .withFile(file)
            .withOverrides(overrides)
            .load(ApiConfig::new);
    ConfigLog.logEffective(config);
    CqlSession session = StoreSessions.open(config);
    Javalin app = start(config, session);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  session.close();
                },
                "api-shutdown"));
  }

  /** Starts the API over an open session; the caller closes both. */
  public static Javalin start(ApiConfig config, CqlSession session) {
    KeyRing keys = new KeyRing(KeyFile.read(config.keysFile()));
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("service", "api");
    new JvmMemoryMetrics().bindTo(registry);
    Consumer<JavalinConfig> listener =
        config.tlsKeystore() == null
            ? TlsListener.plain(config.listenHost(), config.listenPort())
            : TlsListener.https(
                config.listenHost(),
                config.listenPort(),
                config.tlsKeystore(),
                config.tlsKeystorePassword().value());
    Javalin app =
        ApiApp.build(
                new HotStore(session, config.keyspace()),
                keys,
                config.limits(),
                registry,
                Clock.systemUTC(),
                new MetricsScraper(config.opsScrapeUrls(), config.opsScrapeTimeout()),
                listener)
            .start();
    LOG.info(
        "API listening on {}://{}:{} with {} client keys",
        config.tlsKeystore() == null ? "http" : "https",
        config.listenHost(),
        app.port(),
        keys.size());
    return app;
  }
}
