package io.chainexplorer.bench.e2e;

import java.net.URI;
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

  /** Reads the endpoint at {@code metricsUrl}. */
  static PollerCalls scrape(URI metricsUrl) {
    return parse(PollerMetrics.read(metricsUrl));
  }

  /** The reading in a text of the poller's endpoint. */
  static PollerCalls parse(String text) {
    Map<String, Double> calls = new TreeMap<>();
    double published = 0;
    double lag = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith(CALLS)) {
        Matcher method = METHOD.matcher(line);
        calls.merge(method.find() ? method.group(1) : "?", PollerMetrics.value(line), Double::sum);
      } else if (line.startsWith(PUBLISHED)) {
        published += PollerMetrics.value(line);
      } else if (line.startsWith(LAG)) {
        lag = Math.max(lag, PollerMetrics.value(line));
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
}
