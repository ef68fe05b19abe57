package io.chainexplorer.api.http;

import io.chainexplorer.api.auth.KeyRing;
import io.chainexplorer.api.config.QueryLimits;
import io.chainexplorer.api.metrics.HttpMetrics;
import io.chainexplorer.api.ops.MetricsScraper;
import io.chainexplorer.api.stats.BatchRuns;
import io.chainexplorer.api.store.BlockRangeScan;
import io.chainexplorer.api.store.BlockReader;
import io.chainexplorer.api.store.HotStore;
import io.chainexplorer.api.store.ListingReader;
import io.chainexplorer.api.store.TransactionReader;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds the API's Javalin app over a hot store (a pure function of its inputs; {@code ApiServer}
 * only wires and starts it): the routes, the key check, problem bodies for every failure, HTTP
 * metrics, the operations endpoints, the Etherscan-compatible {@code /api}, the open web console
 * and the open {@code /health} and {@code /metrics}.
 */
public final class ApiApp {

  private static final String STARTED = "startNanos";

  private ApiApp() {}

  /**
   * The app, not started.
   *
   * @param listener extra listener set-up (TLS), applied to Javalin's configuration
   */
  public static Javalin build(
      HotStore store,
      KeyRing keys,
      QueryLimits limits,
      PrometheusMeterRegistry registry,
      Clock clock,
      MetricsScraper scraper,
      Consumer<JavalinConfig> listener) {
    BlockReader blocks = new BlockReader(store);
    TransactionReader transactions = new TransactionReader(store);
    Routes routes =
        new Routes(blocks, transactions, new ListingReader(store, limits, clock), limits);
    DailyRoutes daily = new DailyRoutes(store, limits, clock);
    EtherscanApi etherscan =
        new EtherscanApi(
            new BlockRangeScan(store, limits, clock), transactions, blocks, limits.pageSizeMax());
    Authenticator authenticator = new Authenticator(keys, Routes.open());
    HttpMetrics metrics = new HttpMetrics(registry);
    OpsRoutes ops = new OpsRoutes(scraper, new BatchRuns(store));
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.router.ignoreTrailingSlashes = true;
          listener.accept(config);
          config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
          config.routes.before(authenticator::check);
          config.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
          config.routes.get(
              "/metrics",
              ctx ->
                  ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                      .result(registry.scrape()));
          routes.register(config.routes);
          ops.register(config.routes);
          ConsoleFiles.register(config);
          daily.register(config.routes);
          config.routes.get("/api", etherscan::handle);
          Problems.register(config.routes);
          config.routes.after(ctx -> record(metrics, ctx));
        });
  }

  private static void record(HttpMetrics metrics, Context ctx) {
    Long started = ctx.attribute(STARTED);
    long nanos = started == null ? 0 : System.nanoTime() - started;
    metrics.record(
        ctx.method().name(),
        Routes.template(ctx),
        ctx.status().getCode(),
        ctx.attribute(Authenticator.KEY_NAME),
        nanos);
  }
}
