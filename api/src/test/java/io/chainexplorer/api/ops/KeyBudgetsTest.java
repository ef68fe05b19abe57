package io.chainexplorer.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyBudgetsTest {

  @Test
  void shouldShowTheWorstFigureOfAKeyWhenTwoPollerInstancesReportIt() {
    Map<String, String> key = Map.of("provider", "p", "alias", "p/a");
    Scrape scrape =
        new Scrape(
            List.of(
                new Sample(KeyBudgets.USED, key, 100),
                new Sample(KeyBudgets.USED, key, 140),
                new Sample(KeyBudgets.REMAINING, key, 900),
                new Sample(KeyBudgets.REMAINING, key, 860),
                new Sample(KeyBudgets.EXHAUSTION, key, Double.POSITIVE_INFINITY),
                new Sample(KeyBudgets.EXHAUSTION, key, 7_200)),
            List.of());

    KeyBudgets.KeyBudget budget = KeyBudgets.of(scrape).keys().get(0);

    assertThat(budget.usedToday()).isEqualTo(140);
    assertThat(budget.budgetLeft()).isEqualTo(860);
    assertThat(budget.secondsToExhaustion()).isEqualTo(7_200.0);
  }
}
