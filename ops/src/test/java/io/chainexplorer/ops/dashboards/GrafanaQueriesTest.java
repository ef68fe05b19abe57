package io.chainexplorer.ops.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrafanaQueriesTest {

  @Test
  void shouldFindVariablesInEverySyntaxGrafanaAccepts() {
    String query =
        "rate(x{a=~\"$chain\", b=~\"${alias:regex}\", c=\"[[provider]]\"}[$__rate_interval])";

    assertThat(GrafanaQueries.referencedVariables(query))
        .containsExactly("chain", "alias", "provider", "__rate_interval");
  }

  @Test
  void shouldMatchEveryValueAndFixTheIntervalsWhenSubstituting() {
    String query = "sum(rate(x{chain=~\"$chain\"}[$__rate_interval])) / ${__range_s}";

    assertThat(GrafanaQueries.toPromQl(query)).isEqualTo("sum(rate(x{chain=~\".*\"}[10s])) / 300");
  }

  @Test
  void shouldAskForTheSeriesBehindLabelValuesWhenTheQueryIsAVariable() {
    assertThat(GrafanaQueries.toPromQl("label_values(up{chain=~\"$chain\"}, alias)"))
        .isEqualTo("count by (alias) (up{chain=~\".*\"})");
    assertThat(GrafanaQueries.toPromQl("label_values(service)"))
        .isEqualTo("count by (service) ({service!=\"\"})");
  }
}
