package io.chainexplorer.sink.hdfs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The two Connect REST calls the shared endpoint lacks: a task's state and its restart. */
final class ConnectRest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String restUrl;

  ConnectRest(String restUrl) {
    this.restUrl = restUrl;
  }

  /** State of task 0 of {@code connector} (RUNNING, FAILED…), or "" before it has one. */
  String taskState(String connector) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(restUrl + "/connectors/" + connector + "/status"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode tasks = JSON.readTree(response.body()).path("tasks");
    return tasks.isEmpty() ? "" : tasks.get(0).path("state").asText();
  }

  /** Restarts task 0 of {@code connector}, as an operator would after a crash. */
  void restartTask(String connector) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(restUrl + "/connectors/" + connector + "/tasks/0/restart"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IOException("restart answered " + response.statusCode() + ": " + response.body());
    }
  }
}
