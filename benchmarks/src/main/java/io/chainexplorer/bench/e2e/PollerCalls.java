package io.chainexplorer.bench.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reading of the poller's Prometheus endpoint: JSON-RPC calls by method, blocks published and
 * blocks behind the node's head; the difference of two readings gives calls per published block.
 */
record PollerCalls(Map<String, Double> callsByMethod, double published, double lagBlocks) {

  private static final String CALLS = "chainexplorer_poller_rpc_calls_total";
  private static final String PUBLISHED = "chainexplorer_poller_blocks_published_total";
  private static final String LAG = "chainexplorer_poller_lag_blocks";
  private static final Pattern METHOD = Pattern.compile("method=\"([^\"]*)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One reading of the poller's endpoint, {@code /metrics}. */
  static PollerCalls scrape(URI endpoint) {
    String text;
    try {
      text =
          HTTP.send(
                  HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the poller's metrics: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the poller's metrics", e);
    }
    Map<String, Double> calls = new TreeMap<>();
    double published = 0;
    double lag = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith(CALLS)) {
        Matcher method = METHOD.matcher(line);
        calls.merge(method.find() ? method.group(1) : "?", value(line), Double::sum);
      } else if (line.startsWith(PUBLISHED)) {
        published += value(line);
      } else if (line.startsWith(LAG)) {
        lag = Math.max(lag, value(line));
      }
    }
    return new PollerCalls(calls, published, lag);
  }

  /** Calls per block published between {@code before} and this reading, by method and in total. */
  Map<String, Double> perBlockSince(PollerCalls before) {
    double blocks = published - before.published;
    Map<String, Double> perBlock = new TreeMap<>();
    double total = 0;
    for (Map.Entry<String, Double> entry : callsByMethod.entrySet()) {
      double delta = entry.getValue() - before.callsByMethod.getOrDefault(entry.getKey(), 0.0);
      total += delta;
      if (delta > 0) {
        perBlock.put(entry.getKey(), delta / blocks);
      }
    }
    perBlock.put("total", total / blocks);
    perBlock.put("blocks", blocks);
    return perBlock;
  }

  private static double value(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }
}
