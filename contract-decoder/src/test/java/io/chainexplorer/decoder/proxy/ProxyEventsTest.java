package io.chainexplorer.decoder.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyEventsTest {

  private static final String IMPL = "0x" + "11".repeat(20);
  private static final String BEACON = "0x" + "be".repeat(20);

  @Test
  void shouldUseTheEip1967Topic0s() {
    assertThat(ProxyEvents.upgradedTopic0())
        .isEqualTo("0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b");
    assertThat(ProxyEvents.beaconUpgradedTopic0())
        .isEqualTo("0x1cf3b03a6cf19fa2baba4df148e9dcabedea7f8a5c07840e207e5c089be95d3e");
  }

  @Test
  void shouldReadTheImplementationOfAnUpgradedLog() {
    assertThat(ProxyEvents.target(List.of(ProxyEvents.upgradedTopic0(), word(IMPL))))
        .contains(IMPL);
    assertThat(ProxyEvents.target(List.of(ProxyEvents.beaconUpgradedTopic0(), word(BEACON))))
        .contains("beacon:" + BEACON);
  }

  @Test
  void shouldIgnoreOtherLogsAndWordsThatAreNotAddresses() {
    assertThat(ProxyEvents.target(List.of(ProxyEvents.upgradedTopic0()))).isEmpty();
    assertThat(ProxyEvents.target(List.of(ProxyEvents.upgradedTopic0(), "0x" + "ff".repeat(32))))
        .isEmpty();
    assertThat(ProxyEvents.target(List.of("0x" + "00".repeat(32), word(IMPL)))).isEmpty();
  }

  @Test
  void shouldResolveABeaconProxyThroughItsBeacon() {
    Map<String, String> store = new HashMap<>();
    store.put("0xproxy", "beacon:" + BEACON);

    assertThat(ProxyEvents.implementation("0xproxy", store::get)).isEmpty();
    store.put(BEACON, IMPL);
    assertThat(ProxyEvents.implementation("0xproxy", store::get)).contains(IMPL);
  }

  private static String word(String address) {
    return "0x" + "0".repeat(24) + address.substring(2);
  }
}
