package io.chainexplorer.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class TrafficSettingsTest {

  @Test
  void shouldUseEveryKindsDefaultWeightWhenNothingIsConfigured() {
    TrafficSettings settings = TrafficSettings.from(Map.of());

    assertThat(settings.rate()).isEqualTo(TrafficSettings.DEFAULT_RATE);
    assertThat(settings.accounts()).isEqualTo(10);
    for (TrafficKind kind : TrafficKind.values()) {
      assertThat(settings.weight(kind)).as(kind.configName()).isEqualTo(kind.defaultWeight());
    }
  }

  @Test
  void shouldOverrideOnlyTheKindsTheMixNames() {
    TrafficSettings settings =
        TrafficSettings.from(
            Map.of(
                TrafficSettings.MIX, "failed-call=5, native-transfer=0",
                TrafficSettings.RATE, "12.5",
                TrafficSettings.ACCOUNTS, "3"));

    assertThat(settings.weight(TrafficKind.FAILED_CALL)).isEqualTo(5);
    assertThat(settings.weight(TrafficKind.NATIVE_TRANSFER)).isZero();
    assertThat(settings.weight(TrafficKind.PROXY_CALL))
        .isEqualTo(TrafficKind.PROXY_CALL.defaultWeight());
    assertThat(settings.rate()).isEqualTo(12.5);
    assertThat(settings.accounts()).isEqualTo(3);
  }

  @Test
  void shouldRejectAnUnknownKindNamingTheKnownOnes() {
    assertThatThrownBy(() -> TrafficSettings.from(Map.of(TrafficSettings.MIX, "erc-20=3")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(TrafficSettings.MIX)
        .hasMessageContaining("unknown traffic kind 'erc-20'")
        .hasMessageContaining("erc20-transfer");
  }

  @Test
  void shouldRejectAMixEntryThatIsNotKindEqualsWeight() {
    assertThatThrownBy(() -> TrafficSettings.from(Map.of(TrafficSettings.MIX, "failed-call")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("is not kind=weight");
    assertThatThrownBy(() -> TrafficSettings.from(Map.of(TrafficSettings.MIX, "failed-call=x")))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void shouldRejectRatesOutsideTheRange() {
    assertThatThrownBy(() -> TrafficSettings.from(Map.of(TrafficSettings.RATE, "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(TrafficSettings.RATE);
    assertThatThrownBy(() -> TrafficSettings.defaults().withRate(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate");
    assertThatThrownBy(() -> TrafficSettings.defaults().withRate(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrafficSettings.defaults().withRate(TrafficSettings.MAX_RATE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectAMixWithoutAnyPositiveWeight() {
    TrafficSettings onlyFailures = TrafficSettings.defaults();
    for (TrafficKind kind : TrafficKind.values()) {
      if (kind != TrafficKind.FAILED_CALL) {
        onlyFailures = onlyFailures.withWeight(kind, 0);
      }
    }
    TrafficSettings lastKindLeft = onlyFailures;

    assertThat(lastKindLeft.weight(TrafficKind.FAILED_CALL)).isEqualTo(1);
    assertThatThrownBy(() -> lastKindLeft.withWeight(TrafficKind.FAILED_CALL, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one kind");
  }

  @Test
  void shouldRejectNegativeOrHugeWeightsAndAccountCountsOutOfRange() {
    TrafficSettings defaults = TrafficSettings.defaults();

    assertThatThrownBy(() -> defaults.withWeight(TrafficKind.ERC20_TRANSFER, -1))
        .hasMessageContaining("erc20-transfer");
    assertThatThrownBy(() -> defaults.withWeight(TrafficKind.ERC20_TRANSFER, 1001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withAccounts(1)).hasMessageContaining("accounts");
    assertThatThrownBy(() -> TrafficSettings.from(Map.of(TrafficSettings.ACCOUNTS, "11")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(TrafficSettings.ACCOUNTS);
  }

  @Test
  void shouldBeImmutable() {
    TrafficSettings defaults = TrafficSettings.defaults();
    TrafficSettings faster = defaults.withRate(50);

    assertThat(defaults.rate()).isEqualTo(TrafficSettings.DEFAULT_RATE);
    assertThat(faster.rate()).isEqualTo(50);
    assertThatThrownBy(() -> faster.weights().put(TrafficKind.FAILED_CALL, 9))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
