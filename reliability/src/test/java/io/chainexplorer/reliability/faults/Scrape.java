package io.chainexplorer.reliability.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** One scrape of a Prometheus endpoint, summed by metric name and labels. */
record Scrape(String text) {

  static Scrape of(URI endpoint) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(endpoint).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(endpoint + " answered " + response.statusCode());
    }
    return new Scrape(response.body());
  }

  /** The sum of every sample of {@code name} carrying all {@code labels} ({@code k="v"}). */
  double sum(String name, String... labels) {
    return text.lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> Arrays.stream(labels).allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
