package io.chainexplorer.devnet.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.devnet.TrafficKind;
import io.chainexplorer.devnet.TrafficSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficMixTest {

  @Test
  void shouldPickEveryKindExactlyItsWeightInEachRound() {
    Map<TrafficKind, Integer> weights = TrafficSettings.defaults().weights();
    int round = weights.values().stream().mapToInt(Integer::intValue).sum();
    TrafficMix mix = new TrafficMix(weights);

    for (int r = 0; r < 3; r++) {
      Map<TrafficKind, Integer> counts = new EnumMap<>(TrafficKind.class);
      for (int i = 0; i < round; i++) {
        counts.merge(mix.next(), 1, Integer::sum);
      }
      assertThat(counts).isEqualTo(weights);
    }
  }

  @Test
  void shouldSpreadAHeavyKindInsteadOfBurstingIt() {
    TrafficMix mix =
        new TrafficMix(Map.of(TrafficKind.NATIVE_TRANSFER, 2, TrafficKind.FAILED_CALL, 2));
    List<TrafficKind> picks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      picks.add(mix.next());
    }

    assertThat(picks.get(0)).isNotEqualTo(picks.get(1));
    assertThat(picks.get(2)).isNotEqualTo(picks.get(3));
  }

  @Test
  void shouldNeverPickAKindOfWeightZero() {
    TrafficMix mix =
        new TrafficMix(Map.of(TrafficKind.NATIVE_TRANSFER, 0, TrafficKind.FAILED_CALL, 1));

    for (int i = 0; i < 10; i++) {
      assertThat(mix.next()).isEqualTo(TrafficKind.FAILED_CALL);
    }
    assertThatThrownBy(() -> new TrafficMix(Map.of(TrafficKind.NATIVE_TRANSFER, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
