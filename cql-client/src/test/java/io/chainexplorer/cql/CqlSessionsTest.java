package io.chainexplorer.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CqlSessionsTest {

  @Test
  void shouldReadHostPortV6AndBareHostContactPoints() {
    assertThat(CqlSessions.address("10.0.0.5:9142").getPort()).isEqualTo(9142);
    assertThat(CqlSessions.address(" scylla ").getHostString()).isEqualTo("scylla");
    assertThat(CqlSessions.address("scylla").getPort()).isEqualTo(9042);
    assertThat(CqlSessions.address("[::1]:9043").getPort()).isEqualTo(9043);
  }

  @Test
  void shouldNeverShowAPasswordWhenPrintedOrWhenTlsFails(@TempDir Path dir) {
    CqlTls tls =
        new CqlTls(dir.resolve("missing.jks").toString(), "trust-s3cret", null, null, true);
    CqlEndpoint endpoint =
        new CqlEndpoint(List.of("127.0.0.1:9042"), "dc1", "loader", "login-s3cret", tls);

    assertThat(endpoint.toString()).doesNotContain("s3cret").contains("missing.jks");
    assertThatThrownBy(() -> CqlSessions.builder(endpoint))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot set up TLS")
        .hasMessageNotContaining("s3cret");
  }
}
