package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.api.config.ApiConfig;
import io.chainexplorer.platform.metrics.MetricsServer;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import io.javalin.Javalin;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations endpoints over real Prometheus endpoints (the services' own metrics server, with
 * meters named as the poller, the apps, the sinks and the lag exporter name theirs), one target
 * down, and the batch run row as the batch loader's schema stores it.
 */
@ExtendWith(CassandraExtension.class)
class OpsEndpointsIT {

  private static MetricsServer poller;
  private static MetricsServer exporter;
  private static Javalin api;
  private static ApiClient client;

  @BeforeAll
  static void startServicesAndApi(CassandraEndpoint cassandra) throws Exception {
    ApiStack stack = ApiStack.on(cassandra);
    poller = MetricsServer.start("127.0.0.1", 0, "block-poller", "devnet", () -> true);
    pollerMeters(poller.registry());
    exporter = MetricsServer.start("127.0.0.1", 0, "tx-enricher", "devnet", () -> true);
    appMeters(exporter.registry());
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String urls =
        String.join(
            ",",
            poller.metricsUri().toString(),
            exporter.metricsUri().toString(),
            "http://127.0.0.1:" + closed + "/metrics");
    createBatchWatermark(stack);
    stack
        .session()
        .execute(
            "INSERT INTO "
                + ApiStack.KEYSPACE
                + ".batch_watermark (layer, loaded_at, run_id, watermark, run_finished_at, mode,"
                + " view_rows) VALUES ('batch', '2026-12-06T03:10:00Z', 'run-42', '2026-12-05',"
                + " '2026-12-06T03:00:00Z', 'daily', {'daily_chain_stats': 31})");
    ApiConfig config =
        ApiStack.config(
            cassandra,
            Map.of(ApiConfig.OPS_SCRAPE_URLS, urls, ApiConfig.OPS_SCRAPE_TIMEOUT_MS, "1000"));
    api = ApiServer.start(config, stack.session());
    client = new ApiClient("http://127.0.0.1:" + api.port(), ApiStack.READER_KEY);
  }

  @AfterAll
  static void stop() {
    api.stop();
    poller.close();
    exporter.close();
  }

  private static void pollerMeters(MeterRegistry meters) {
    gauge(meters, "chainexplorer.poller.head.seen", 120, Map.of());
    gauge(meters, "chainexplorer.poller.block.last.published", 117, Map.of());
    gauge(meters, "chainexplorer.poller.lag.seconds", 36, Map.of());
    Map<String, String> key = Map.of("provider", "alchemy", "alias", "alchemy/primary");
    gauge(meters, "chainexplorer.poller.key.budget.used", 500, key);
    gauge(meters, "chainexplorer.poller.key.budget.remaining", 9_500, key);
    gauge(meters, "chainexplorer.poller.key.budget.exhaustion.seconds", 3_600, key);
    gauge(meters, "chainexplorer.poller.key.disabled", 0, key);
    Map<String, String> idle = Map.of("provider", "alchemy", "alias", "alchemy/spare");
    gauge(meters, "chainexplorer.poller.key.budget.used", 0, idle);
    gauge(meters, "chainexplorer.poller.key.budget.remaining", 10_000, idle);
    gauge(
        meters,
        "chainexplorer.poller.key.budget.exhaustion.seconds",
        Double.POSITIVE_INFINITY,
        idle);
    gauge(meters, "chainexplorer.poller.key.disabled", 1, idle);
    gauge(meters, "chainexplorer.poller.keys.needed", 2, Map.of("provider", "alchemy"));
    gauge(meters, "chainexplorer.poller.keys.disabled", 1, Map.of("provider", "alchemy"));
  }

  private static void appMeters(MeterRegistry meters) {
    Counter.builder("chainexplorer.enricher.dead.letters")
        .tag("reason", "INVALID_BLOCK")
        .register(meters)
        .increment(2);
    Counter.builder("chainexplorer.enricher.dead.letters")
        .tag("reason", "INVALID_FIELD")
        .register(meters)
        .increment(1);
    Counter.builder("chain.explorer.sink.scylla.dead.lettered")
        .tag("connector", "scylla-sink")
        .register(meters)
        .increment(4);
    lag(meters, "tx-enricher", "chain.blocks", 0, 5);
    lag(meters, "tx-enricher", "chain.blocks", 1, 3);
    lag(meters, "connect-scylla-sink", "chain.transactions", 0, 7);
  }

  private static void lag(MeterRegistry meters, String group, String topic, int partition, long v) {
    gauge(
        meters,
        "chain.explorer.consumer.lag",
        v,
        Map.of("group", group, "topic", topic, "partition", Integer.toString(partition)));
  }

  private static void gauge(
      MeterRegistry meters, String name, double value, Map<String, String> tags) {
    Gauge.builder(name, () -> value)
        .tags(
            tags.entrySet().stream()
                .flatMap(e -> Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new))
        .strongReference(true)
        .register(meters);
  }

  /** The batch loader's own DDL of the table, from its schema file. */
  private static void createBatchWatermark(ApiStack stack) throws Exception {
    Path schema =
        Path.of(
            System.getProperty("chainexplorer.root"),
            "batch-serving",
            "src",
            "main",
            "resources",
            "cql",
            "batch-schema.cql");
    Matcher ddl =
        Pattern.compile("CREATE TABLE IF NOT EXISTS \\$\\{keyspace}\\.batch_watermark[^;]*;")
            .matcher(Files.readString(schema));
    assertThat(ddl.find()).as("batch_watermark in batch-schema.cql").isTrue();
    stack.session().execute(ddl.group().replace("${keyspace}", ApiStack.KEYSPACE));
  }

  @Test
  void shouldShowHeadLagDeadLettersAndTheLastBatchRunFromTheServicesMetrics() throws Exception {
    ApiClient.Answer answer = client.get("/v1/ops/pipeline");
    assertThat(answer.status()).isEqualTo(200);
    JsonNode status = answer.body();

    assertThat(status.get("headSeen").asLong()).isEqualTo(120);
    assertThat(status.get("lastPublished").asLong()).isEqualTo(117);
    assertThat(status.get("lagBlocks").asLong()).isEqualTo(3);
    assertThat(status.get("lagSeconds").asDouble()).isEqualTo(36.0);
    assertThat(status.get("consumers").toString())
        .isEqualTo(
            "[{\"group\":\"connect-scylla-sink\",\"kind\":\"connector\",\"lag\":7},"
                + "{\"group\":\"tx-enricher\",\"kind\":\"app\",\"lag\":8}]");
    assertThat(status.get("deadLetters").toString())
        .isEqualTo(
            "[{\"source\":\"tx-enricher\",\"kind\":\"app\",\"count\":3},"
                + "{\"source\":\"scylla-sink\",\"kind\":\"connector\",\"count\":4}]");
    JsonNode run = status.get("lastBatchRun");
    assertThat(run.get("runId").asText()).isEqualTo("run-42");
    assertThat(run.get("watermark").asText()).isEqualTo("2026-12-05");
    assertThat(run.get("viewRows").get("daily_chain_stats").asLong()).isEqualTo(31);
    assertThat(status.get("targets").findValuesAsText("up"))
        .containsExactly("true", "true", "false");
  }

  @Test
  void shouldShowEachProviderKeyByAliasWithItsBudgetAndTheKeysNeeded() throws Exception {
    JsonNode keys = client.get("/v1/ops/keys").body();

    JsonNode primary = keys.get("keys").get(0);
    assertThat(primary.get("alias").asText()).isEqualTo("alchemy/primary");
    assertThat(primary.get("usedToday").asLong()).isEqualTo(500);
    assertThat(primary.get("budgetLeft").asLong()).isEqualTo(9_500);
    assertThat(primary.get("secondsToExhaustion").asDouble()).isEqualTo(3_600.0);
    assertThat(primary.get("disabled").asBoolean()).isFalse();
    JsonNode spare = keys.get("keys").get(1);
    assertThat(spare.get("alias").asText()).isEqualTo("alchemy/spare");
    assertThat(spare.get("secondsToExhaustion").isNull()).isTrue();
    assertThat(spare.get("disabled").asBoolean()).isTrue();
    assertThat(keys.get("providers").toString())
        .isEqualTo("[{\"provider\":\"alchemy\",\"keysNeeded\":2,\"keysDisabled\":1}]");
  }

  @Test
  void shouldRefuseTheOperationsEndpointsWithoutAKey() throws Exception {
    ApiClient anonymous = new ApiClient(client.baseUrl(), null);

    assertThat(anonymous.get("/v1/ops/pipeline").status()).isEqualTo(401);
    assertThat(anonymous.get("/v1/ops/keys").status()).isEqualTo(401);
  }
}
