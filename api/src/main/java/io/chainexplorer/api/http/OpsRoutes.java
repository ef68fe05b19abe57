package io.chainexplorer.api.http;

import io.chainexplorer.api.ops.KeyBudgets;
import io.chainexplorer.api.ops.MetricsScraper;
import io.chainexplorer.api.ops.PipelineStatus;
import io.chainexplorer.api.stats.BatchRuns;
import io.javalin.config.RoutesConfig;

/**
 * The operations endpoints (see {@code openapi.yaml}): the pipeline's status and the provider keys'
 * budgets, read from the services' Prometheus endpoints and the hot store's last batch run.
 */
final class OpsRoutes {

  private final MetricsScraper scraper;
  private final BatchRuns batchRuns;

  OpsRoutes(MetricsScraper scraper, BatchRuns batchRuns) {
    this.scraper = scraper;
    this.batchRuns = batchRuns;
  }

  void register(RoutesConfig routes) {
    routes.get(
        "/v1/ops/pipeline",
        ctx -> ctx.json(PipelineStatus.of(scraper.scrape(), batchRuns.last().orElse(null))));
    routes.get("/v1/ops/keys", ctx -> ctx.json(KeyBudgets.of(scraper.scrape())));
  }
}
