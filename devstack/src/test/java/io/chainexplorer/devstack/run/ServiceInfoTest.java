package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceInfoTest {

  @Test
  void shouldListOnlyTheEndpointsThatExistWhenSomeServiceHasNone() {
    URI poller = URI.create("http://127.0.0.1:9101/metrics");
    List<ServiceInfo> services =
        List.of(
            ServiceInfo.withoutMetrics(EmbeddedPipeline.KAFKA, 10),
            ServiceInfo.withMetrics("block-poller", 11, poller));

    assertThat(services.stream().flatMap(service -> service.metricsEndpoint().stream()))
        .containsExactly(poller);
  }

  @Test
  void shouldRejectAMissingOptionalForTheEndpoint() {
    assertThatThrownBy(() -> new ServiceInfo("kafka", 10, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("metricsEndpoint");
  }
}
