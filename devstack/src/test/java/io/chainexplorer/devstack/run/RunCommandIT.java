package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/chain-explorer run} in its own JVM: every component and app answers at the printed
 * address, the supervisor serves consumer lag, and SIGTERM (what Ctrl-C also triggers) stops all of
 * them, child processes included.
 */
class RunCommandIT {

  private static final Path ROOT = Path.of(System.getProperty("chainexplorer.root"));

  private final HttpClient http = HttpClient.newHttpClient();
  private Process process;

  @TempDir Path dir;

  @AfterEach
  void killLeftovers() {
    if (process != null && process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  @Test
  void shouldServeEveryComponentUntilStoppedAndThenStopThemAll() throws Exception {
    Path data = dir.resolve("data");
    Path out = dir.resolve("run.out");
    process =
        new ProcessBuilder(
                "sh",
                ROOT.resolve("bin/chain-explorer").toString(),
                "run",
                "--data-dir",
                data.toString())
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("run.err").toFile())
            .start();

    await("the run banner")
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> read(out).contains("Press Ctrl-C to stop.") || !process.isAlive());
    String banner = read(out);
    assertThat(banner).contains("Press Ctrl-C to stop.").contains("blocks_by_number");
    assertThat(banner).contains("data dir").contains(data.toString());

    assertThat(listening(field(banner, "Kafka bootstrap servers"))).as("Kafka").isTrue();
    assertThat(get(field(banner, "Schema Registry URL") + "/subjects"))
        .as("registry")
        .isEqualTo(200);
    assertThat(get(field(banner, "Kafka Connect REST URL") + "/connectors"))
        .as("Connect")
        .isEqualTo(200);
    String cql = field(banner, "CQL \\(Cassandra\\) host:port");
    assertThat(listening(cql)).as("CQL").isTrue();
    String anvil = field(banner, "anvil JSON-RPC URL");
    assertThat(chainId(anvil)).contains("0x7a69");
    for (String app : List.of("block-poller", "tx-enricher", "contract-decoder")) {
      String metrics = field(banner, app);
      await(app + " metrics")
          .atMost(Duration.ofMinutes(1))
          .ignoreExceptions()
          .until(() -> get(metrics) == 200);
    }
    String supervisor = field(banner, "run");
    await("consumer lag on the supervisor's metrics")
        .atMost(Duration.ofMinutes(1))
        .ignoreExceptions()
        .until(() -> body(supervisor).contains("chain_explorer_consumer_lag{"));
    await("a summary line")
        .atMost(Duration.ofMinutes(1))
        .until(() -> read(out).matches("(?s).*blocks \\d+ \\| transactions \\d+.*"));
    List<ProcessHandle> children = process.descendants().toList();

    process.destroy();

    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("run stopped").isTrue();
    assertThat(read(out)).contains("Stopping ...").contains("Stopped.");
    assertThat(children).noneMatch(ProcessHandle::isAlive);
    assertThat(listening(cql)).as("CQL after stop").isFalse();
    assertThat(listening(URI.create(anvil).getAuthority())).as("anvil after stop").isFalse();
  }

  private static String field(String banner, String label) {
    Matcher matcher = Pattern.compile("(?m)^  " + label + " +(\\S+)").matcher(banner);
    assertThat(matcher.find()).as("banner line %s in%n%s", label, banner).isTrue();
    return matcher.group(1);
  }

  private static boolean listening(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(
              hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1))),
          1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private int get(String url) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private String body(String url) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private String chainId(String url) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
