package io.chainexplorer.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class LambdaMergeTest {

  private static final LocalDate FROM = LocalDate.parse("2026-03-01");
  private static final LocalDate TO = LocalDate.parse("2026-03-05");

  @Test
  void shouldAskTheBatchUpToTheWatermarkAndTheSpeedLayerFromTheDayAfterWhenItFallsInTheRange() {
    assertThat(merge(Optional.of(LocalDate.parse("2026-03-03"))))
        .containsExactly(
            "batch 2026-03-01",
            "batch 2026-03-02",
            "batch 2026-03-03",
            "speed 2026-03-04",
            "speed 2026-03-05");
  }

  @Test
  void shouldAskOnlyTheSpeedLayerWhenThereIsNoWatermarkOrItIsBeforeTheRange() {
    assertThat(merge(Optional.empty())).allMatch(day -> day.startsWith("speed")).hasSize(5);
    assertThat(merge(Optional.of(LocalDate.parse("2026-02-28"))))
        .allMatch(day -> day.startsWith("speed"))
        .hasSize(5);
  }

  @Test
  void shouldAskOnlyTheBatchWhenTheWatermarkIsAtOrAfterTheRangesEnd() {
    assertThat(merge(Optional.of(TO))).allMatch(day -> day.startsWith("batch")).hasSize(5);
    assertThat(merge(Optional.of(TO.plusDays(9))))
        .allMatch(day -> day.startsWith("batch"))
        .hasSize(5);
  }

  /** Every day each side is asked for, as "layer day". */
  private static List<String> merge(Optional<LocalDate> watermark) {
    return LambdaMerge.merge(watermark, FROM, TO, every("batch"), every("speed"));
  }

  private static BiFunction<LocalDate, LocalDate, List<String>> every(String layer) {
    return (from, to) -> {
      List<String> days = new ArrayList<>();
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        days.add(layer + " " + day);
      }
      return days;
    };
  }
}
