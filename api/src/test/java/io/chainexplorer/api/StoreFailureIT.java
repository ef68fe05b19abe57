package io.chainexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.chainexplorer.api.config.ApiConfig;
import io.chainexplorer.api.store.StoreSessions;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import io.javalin.Javalin;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A store that fails answers a problem body, never a stack trace. */
@ExtendWith(CassandraExtension.class)
class StoreFailureIT {

  @Test
  void shouldAnswerAProblemWithoutAStackTraceWhenTheStoreFails(CassandraEndpoint cassandra)
      throws Exception {
    ApiStack.on(cassandra);
    ApiConfig config = ApiStack.config(cassandra, Map.of());
    CqlSession session = StoreSessions.open(config);
    Javalin app = ApiServer.start(config, session);
    try {
      session.close();
      ApiClient client = new ApiClient("http://127.0.0.1:" + app.port(), ApiStack.READER_KEY);

      ApiClient.Answer answer = client.get("/v1/blocks/1");

      assertThat(answer.status()).isIn(500, 503);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.body().toString()).doesNotContain("Exception").doesNotContain("at io.");
    } finally {
      app.stop();
    }
  }
}
