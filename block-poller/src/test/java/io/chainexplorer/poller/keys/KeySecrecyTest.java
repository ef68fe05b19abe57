package io.chainexplorer.poller.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Everything the pool shows (strings, exceptions, logs, metrics) is free of key material. */
class KeySecrecyTest {

  private static final String FILE_KEY = "f1le5ecret0000aaaa";
  private static final String ENV_KEY = "3nv5ecret1111bbbb";
  private static final String DIR_KEY = "d1r5ecret2222cccc";
  private static final String PATH_KEY = "pathsecret3333dddd";
  private static final String QUERY_KEY = "querysecret4444eeee";
  private static final List<String> SECRETS =
      List.of(FILE_KEY, ENV_KEY, DIR_KEY, PATH_KEY, QUERY_KEY);

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final List<String> rendered = new ArrayList<>();

  @BeforeEach
  void captureLogs() {
    logs.start();
    root().addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    root().detachAppender(logs);
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @Test
  void shouldShowNoKeyInStringsExceptionsLogsOrMetrics() throws Exception {
    Path file = dir.resolve("infura.properties");
    Files.writeString(file, "main=" + FILE_KEY + "\n");
    Path secrets = Files.createDirectory(dir.resolve("secrets"));
    Files.writeString(secrets.resolve("node"), DIR_KEY + "\n");
    String plainUrl = "https://node.example.com/v2/" + PATH_KEY + "?apikey=" + QUERY_KEY;

    Provider infura = Provider.of("infura", "https://i.example/v3/${key}", ProviderProfile.INFURA);
    Provider alchemy =
        Provider.of("alchemy", "https://a.example/v2/${key}", ProviderProfile.ALCHEMY);
    Provider quicknode =
        Provider.of("quicknode", "https://q.example/${key}/", ProviderProfile.QUICKNODE);
    Provider plain = Provider.of("rpc", plainUrl, ProviderProfile.GENERIC);
    Map<Provider, List<ApiKey>> keys = new LinkedHashMap<>();
    keys.put(infura, KeySources.fromPropertiesFile("infura", file));
    keys.put(alchemy, KeySources.fromEnvValue("alchemy", "KEYS", "env=" + ENV_KEY));
    keys.put(quicknode, KeySources.fromSecretsDir("quicknode", secrets));
    keys.put(plain, List.of(ApiKey.keyless("rpc", SecretUrls.aliasOf(1, plainUrl))));

    KeyPoolMetrics metrics = new KeyPoolMetrics("eth-mainnet", Duration.ofSeconds(12), clock);
    DefaultKeyPool pool = new DefaultKeyPool(keys, UsageLedger.inMemory(), clock, metrics);
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    metrics.watch(pool).bindTo(registry);

    exercise(pool);
    rendered.add(catchThrowableText(() -> KeySources.fromEnvValue("x", "V", "a=1," + ENV_KEY)));
    rendered.add(pool.toString());
    rendered.add(pool.status().toString());
    rendered.add(keys.toString());
    rendered.add(SecretUrls.origin(plainUrl));
    rendered.add(registry.scrape());
    logs.list.forEach(event -> rendered.add(event.getFormattedMessage()));
    assertThat(logs.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(message -> assertThat(message).contains("disabled until restart"));

    assertThat(String.join("\n", rendered))
        .contains("infura/main", "alchemy/env", "quicknode/node", "rpc/rpc-1@node.example.com")
        .doesNotContain(SECRETS);
  }

  private void exercise(DefaultKeyPool pool) throws Exception {
    List<String> batch = List.of("eth_getBlockByNumber", "eth_getBlockReceipts");
    KeyLease first = pool.acquire(batch, Set.of(), Duration.ZERO);
    rendered.add(first + " " + first.alias() + " " + first.provider());
    first.succeeded();
    KeyLease second = pool.acquire(batch, Set.of(first.alias()), Duration.ZERO);
    rendered.add(second.toString());
    second.rateLimited(Optional.of(Duration.ofSeconds(5)));
    KeyLease third = pool.acquire(batch, Set.of(first.alias()), Duration.ZERO);
    third.quotaExhausted();
    KeyLease fourth = pool.acquire(batch, Set.of(first.alias()), Duration.ZERO);
    fourth.unauthorized();
    KeyLease fifth = pool.acquire(batch, Set.of(), Duration.ZERO);
    fifth.failed(new IllegalStateException("boom"));
    Set<String> everyone = Set.of("infura/main", "alchemy/env", "quicknode/node");
    rendered.add(catchThrowableText(() -> pool.acquire(batch, everyone, Duration.ZERO)));
  }

  private static String catchThrowableText(ThrowingCall call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).isNotNull();
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }
}
