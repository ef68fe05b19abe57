package io.chainexplorer.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LoadStepTest {

  @Test
  void shouldBeBoundedWhenTheLagOscillatesAroundAFlatLine() {
    LoadStep step = new LoadStep(100, 100, lag(i -> 200 + (i % 2 == 0 ? 50 : -50)), 0);

    assertThat(step.slope()).isBetween(-10.0, 10.0);
    assertThat(step.bounded()).isTrue();
  }

  @Test
  void shouldBeUnboundedWhenTheLagGrowsFasterThanHalfTheMinedRate() {
    // 200 records more every 2 s: 100 records/s against 100 tx/s mined
    LoadStep step = new LoadStep(100, 100, lag(i -> 200 * i), 0);

    assertThat(step.slope()).isEqualTo(100.0, Offset.offset(1e-9));
    assertThat(step.bounded()).isFalse();
  }

  @Test
  void shouldBeUnboundedWhenThePollerFallsBehindTheHead() {
    LoadStep step = new LoadStep(100, 100, lag(i -> 10), 6);

    assertThat(step.bounded()).isFalse();
  }

  private static List<double[]> lag(IntToDoubleFunction records) {
    List<double[]> samples = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      samples.add(new double[] {2.0 * i, records.applyAsDouble(i)});
    }
    return samples;
  }
}
