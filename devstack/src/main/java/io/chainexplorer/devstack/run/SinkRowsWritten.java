package io.chainexplorer.devstack.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Rows the hot-store connector has written to some tables, read from its own counter on the Connect
 * worker's sink metrics endpoint; the store is never queried, so the count costs the same however
 * much it holds. The counter starts at 0 with each Connect worker.
 */
final class SinkRowsWritten {

  static final String METRIC = "chain_explorer_sink_scylla_rows_written_total";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI metrics;
  private final List<String> tables;

  SinkRowsWritten(URI metrics, List<String> tables) {
    this.metrics = metrics;
    this.tables = List.copyOf(tables);
  }

  /** Rows written to the tables since the worker started, or -1 while it cannot answer. */
  long rows() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? sum(response.body(), tables) : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The sum of {@link #METRIC} over the given tables in a Prometheus text exposition. */
  static long sum(String exposition, List<String> tables) {
    double total = 0;
    for (String line : exposition.split("\n")) {
      if (line.startsWith(METRIC + "{") && tables.stream().anyMatch(t -> hasTable(line, t))) {
        total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return (long) total;
  }

  private static boolean hasTable(String line, String table) {
    return line.contains("table=\"" + table + "\"");
  }
}
