package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PollerRolesTest {

  @Test
  void shouldReadTheLeaderGaugeWhenTagged() {
    String exposition =
        "# HELP chainexplorer_poller_leader 1 while this instance is the chain's active poller\n"
            + "# TYPE chainexplorer_poller_leader gauge\n"
            + "chainexplorer_poller_leader_x 7.0\n"
            + "chainexplorer_poller_leader{chain=\"devnet\"} 1.0\n";

    assertThat(PollerRoles.gauge(exposition)).isEqualTo(1.0);
  }

  @Test
  void shouldReadNothingWhenTheGaugeIsAbsent() {
    assertThat(PollerRoles.gauge("jvm_threads_live_threads 12.0\n")).isNaN();
  }
}
