package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.chainexplorer.api.config.ApiConfig;
import io.chainexplorer.platform.metrics.MetricsServer;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import io.javalin.Javalin;
import io.micrometer.core.instrument.Gauge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in real headless Chromium over the API and a hot store written by the sink's
 * writer: a key is asked for, the status page follows the poller's head, the search finds a
 * transaction whose page shows the decoded call, and an address's listing pages by cursor.
 */
@ExtendWith(CassandraExtension.class)
class ConsoleIT {

  static final String SENDER = Hex.address("console-sender", 1);
  static final String TOKEN = Hex.address("console-token", 1);
  static final String TX = Hex.hash("console-tx", 1);
  static final int SENDER_TXS = 27;

  private static final AtomicLong HEAD = new AtomicLong(7_000);

  private static MetricsServer poller;
  private static Javalin api;
  private static Browser browser;
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start(CassandraEndpoint cassandra) throws Exception {
    ApiStack stack = ApiStack.on(cassandra);
    Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(300);
    List<SinkRecord> records = new ArrayList<>();
    records.add(HotRows.transaction(TX, 7_000, 0, SENDER, TOKEN, time));
    records.add(HotRows.decodedCall(TX, 7_000, TOKEN, time));
    records.add(HotRows.decodedEvent(TX, 7_000, 1, TOKEN, time));
    for (int i = 1; i < SENDER_TXS; i++) {
      records.add(
          HotRows.transaction(
              Hex.hash("console-tx", 1 + i), 7_000 - i, 0, SENDER, TOKEN, time.minusSeconds(i)));
    }
    stack.write(records);
    poller = MetricsServer.start("127.0.0.1", 0, "block-poller", "devnet", () -> true);
    Gauge.builder("chainexplorer.poller.head.seen", HEAD, AtomicLong::get)
        .register(poller.registry());
    Gauge.builder("chainexplorer.poller.block.last.published", HEAD, h -> h.get() - 2)
        .register(poller.registry());
    ApiConfig config =
        ApiStack.config(
            cassandra, Map.of(ApiConfig.OPS_SCRAPE_URLS, poller.metricsUri().toString()));
    api = ApiServer.start(config, stack.session());
    browser = Browser.start();
    driver = browser.driver();
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    api.stop();
    poller.close();
  }

  @Test
  void shouldAskForAKeyThenFollowTheHeadFindATransactionAndPageAnAddress() throws Exception {
    driver.get("http://127.0.0.1:" + api.port() + "/");
    wait.until(visibilityOfElementLocated(By.id("key-input"))).sendKeys(ApiStack.READER_KEY);
    driver.findElement(By.id("key-submit")).click();

    wait.until(textToBe(By.id("status-head"), "7000"));
    assertThat(driver.findElement(By.id("status-published")).getText()).isEqualTo("6998");
    HEAD.set(7_001);
    // The status page refreshes itself: the new head shows without a reload.
    wait.until(textToBe(By.id("status-head"), "7001"));

    driver.findElement(By.id("search-input")).sendKeys(TX);
    driver.findElement(By.cssSelector("#search-form button")).click();
    wait.until(textToBePresentInElementLocated(By.id("decoded-call"), "transfer"));
    assertThat(driver.findElement(By.id("tx-hash")).getText()).isEqualTo(TX);
    assertThat(driver.findElement(By.id("decoded-call")).getText())
        .contains("transfer(address,uint256)")
        .contains("address");
    screenshot();

    driver.findElement(By.id("search-input")).clear();
    driver.findElement(By.id("search-input")).sendKeys(SENDER);
    driver.findElement(By.cssSelector("#search-form button")).click();
    By rows = By.cssSelector("#address-transactions tbody tr");
    wait.until(numberOfElementsToBe(rows, 25));
    wait.until(elementToBeClickable(By.id("address-transactions-next"))).click();
    wait.until(numberOfElementsToBe(rows, SENDER_TXS));
    assertThat(driver.findElements(rows).get(0).getText()).contains(TX);
    assertThat(driver.findElement(By.id("address-transactions-next")).isDisplayed()).isFalse();
  }

  private static void screenshot() throws Exception {
    Path png = Path.of("target", "console-transaction.png");
    Files.write(png, browser.screenshot(OutputType.BYTES));
    assertThat(Files.size(png)).isPositive();
  }
}
