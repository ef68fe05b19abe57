package io.chainexplorer.devstack.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Asks each node endpoint of a run for its {@code eth_chainId}, so that the run names its topics
 * and data directory after the chain it is really given. Endpoints are secrets (a URL often embeds
 * an API key): failures name them by position only ({@code --rpc-url #2}).
 */
final class ChainIdProbe {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final String REQUEST =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * The chain id every endpoint serves.
   *
   * @throws IllegalArgumentException when an endpoint does not answer one, or two endpoints serve
   *     different chains
   */
  long chainId(List<String> rpcUrls) throws InterruptedException {
    long agreed = 0;
    for (int i = 0; i < rpcUrls.size(); i++) {
      long id = ask(rpcUrls.get(i), "--rpc-url #" + (i + 1));
      if (i > 0 && id != agreed) {
        throw new IllegalArgumentException(
            "--rpc-url #1 serves chain id "
                + agreed
                + " but --rpc-url #"
                + (i + 1)
                + " serves chain id "
                + id
                + ": one run takes one chain");
      }
      agreed = id;
    }
    return agreed;
  }

  private long ask(String url, String label) throws InterruptedException {
    URI uri = uri(url, label);
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(REQUEST))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalArgumentException(
            label + " answered eth_chainId with HTTP " + response.statusCode());
      }
      JsonNode result = JSON.readTree(response.body()).path("result");
      if (!result.isTextual()) {
        throw new IllegalArgumentException(label + " answered eth_chainId without a result");
      }
      return Long.decode(result.asText());
    } catch (IOException e) {
      // the exception's message may carry the URL: keep only its kind
      throw new IllegalArgumentException(
          label + " did not answer eth_chainId (" + e.getClass().getSimpleName() + ")");
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(label + " answered eth_chainId with a non-number");
    }
  }

  private static URI uri(String url, String label) {
    try {
      URI uri = URI.create(url);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // its message quotes the URL: fall through to one that does not
    }
    throw new IllegalArgumentException(label + " is not an http(s) URL");
  }
}
