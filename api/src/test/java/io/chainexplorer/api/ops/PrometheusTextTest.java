package io.chainexplorer.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

  @Test
  void shouldReadNamesLabelsAndValuesWhenLabelsHoldEscapesAndValuesAreSpecial() {
    String text =
        String.join(
            "\n",
            "# HELP chainexplorer_poller_head_seen Highest block number",
            "# TYPE chainexplorer_poller_head_seen gauge",
            "chainexplorer_poller_head_seen{chain=\"devnet\",service=\"block-poller\",} 120.0",
            "chain_explorer_consumer_lag{group=\"a,b\",topic=\"t\\\"q\",partition=\"0\"} 5",
            "chainexplorer_poller_key_budget_exhaustion_seconds{alias=\"p/a\"} +Inf",
            "up 1 1700000000000",
            "broken{label=\"x\" 3",
            "");

    List<Sample> samples = PrometheusText.parse(text);

    assertThat(samples).hasSize(4);
    assertThat(samples.get(0))
        .isEqualTo(
            new Sample(
                "chainexplorer_poller_head_seen",
                Map.of("chain", "devnet", "service", "block-poller"),
                120.0));
    assertThat(samples.get(1).labels())
        .containsEntry("group", "a,b")
        .containsEntry("topic", "t\"q")
        .containsEntry("partition", "0");
    assertThat(samples.get(2).value()).isInfinite();
    assertThat(samples.get(3)).isEqualTo(new Sample("up", Map.of(), 1.0));
  }
}
