package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Keys: none or unknown 401, revoked 403, over the rate 429; health and metrics are open. */
@ExtendWith(CassandraExtension.class)
class ApiAccessIT {

  private static final String PATH = "/v1/blocks/7";
  private static String baseUrl;

  @BeforeAll
  static void start(CassandraEndpoint cassandra) {
    baseUrl = ApiStack.on(cassandra).baseUrl();
  }

  @Test
  void shouldAnswer401WhenNoKeyIsGiven() throws Exception {
    ApiClient.Answer answer = new ApiClient(baseUrl, null).get(PATH);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void shouldAnswer401WhenTheKeyIsUnknown() throws Exception {
    ApiClient.Answer answer = new ApiClient(baseUrl, "ce_guess").get(PATH);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().toString()).doesNotContain("ce_guess");
  }

  @Test
  void shouldAnswer403WhenTheKeyIsRevoked() throws Exception {
    ApiClient.Answer answer = new ApiClient(baseUrl, ApiStack.REVOKED_KEY).get(PATH);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body().get("detail").asText()).contains("revoked");
  }

  @Test
  void shouldAnswer429WithRetryAfterWhenTheKeyIsOverItsRate() throws Exception {
    ApiClient slow = new ApiClient(baseUrl, ApiStack.SLOW_KEY);
    List<ApiClient.Answer> answers = new ArrayList<>();
    // One request a second: ten back to back cannot all fit.
    for (int i = 0; i < 10; i++) {
      answers.add(slow.get(PATH));
    }

    assertThat(answers).extracting(ApiClient.Answer::status).contains(404, 429);
    ApiClient.Answer limited =
        answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
    assertThat(limited.retryAfter()).isEqualTo("1");
    assertThat(limited.contentType()).startsWith("application/problem+json");
  }

  @Test
  void shouldServeHealthAndMetricsWithoutAKeyAndTagMetricsWithKeyNamesOnly() throws Exception {
    ApiClient anonymous = new ApiClient(baseUrl, null);
    new ApiClient(baseUrl, ApiStack.READER_KEY).get(PATH);

    assertThat(anonymous.get("/health").status()).isEqualTo(200);
    ApiClient.Answer metrics = anonymous.get("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    String text = metrics.body().asText();
    assertThat(text)
        .contains("http_server_requests_seconds_count{")
        .contains("route=\"/v1/blocks/{number}\"")
        .contains("key=\"reader\"")
        .doesNotContain(ApiStack.READER_KEY)
        .doesNotContain("/v1/blocks/7\"");
  }

  @Test
  void shouldServeTheConsoleFilesWithoutAKeyButNothingBehindThemWhenThePathClimbsOut()
      throws Exception {
    ApiClient anonymous = new ApiClient(baseUrl, null);

    ApiClient.Answer page = anonymous.get("/console/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body().asText()).contains("id=\"key-form\"");
    assertThat(anonymous.get("/console/console.js").status()).isEqualTo(200);
    assertThat(anonymous.get("/").status()).isEqualTo(302);
    assertThat(anonymous.get("/console/../v1/blocks/7").status()).isNotEqualTo(200);
    assertThat(anonymous.get("/console/%2e%2e/v1/blocks/7").status()).isNotEqualTo(200);
    assertThat(anonymous.get("/v1/ops/pipeline").status()).isEqualTo(401);
  }
}
