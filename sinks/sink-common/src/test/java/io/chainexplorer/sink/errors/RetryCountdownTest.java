package io.chainexplorer.sink.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.junit.jupiter.api.Test;

class RetryCountdownTest {

  private static final Exception CAUSE = new Exception("node down");

  private final SinkTaskContext context = mock(SinkTaskContext.class);
  private final AtomicInteger retries = new AtomicInteger();
  private final RetryCountdown countdown = new RetryCountdown(2, 3_000L, retries::incrementAndGet);

  @Test
  void shouldThrowRetriableAfterSettingTheBackoffWhileRetriesRemain() {
    assertThatThrownBy(() -> countdown.retryOrGiveUp(context, 5, CAUSE))
        .isInstanceOf(RetriableException.class)
        .hasCause(CAUSE);
    assertThatThrownBy(() -> countdown.retryOrGiveUp(context, 5, CAUSE))
        .isInstanceOf(RetriableException.class);

    verify(context, times(2)).timeout(3_000L);
    assertThat(retries).hasValue(2);
    assertThat(countdown.remaining()).isZero();
  }

  @Test
  void shouldReturnAndStartOverWhenTheRetriesAreSpent() {
    spend(2);

    countdown.retryOrGiveUp(context, 5, CAUSE);

    assertThat(countdown.remaining()).isEqualTo(2);
    verify(context, times(2)).timeout(3_000L);
    assertThat(retries).hasValue(2);
  }

  @Test
  void shouldStartANewCountdownAfterABatchGoesThrough() {
    spend(1);

    countdown.reset();

    assertThat(countdown.remaining()).isEqualTo(2);
  }

  @Test
  void shouldGiveUpAtOnceWithoutRetries() {
    RetryCountdown none = new RetryCountdown(0, 3_000L, retries::incrementAndGet);

    none.retryOrGiveUp(context, 5, CAUSE);

    verify(context, never()).timeout(3_000L);
    assertThat(retries).hasValue(0);
  }

  private void spend(int times) {
    for (int i = 0; i < times; i++) {
      assertThatThrownBy(() -> countdown.retryOrGiveUp(context, 5, CAUSE))
          .isInstanceOf(RetriableException.class);
    }
  }
}
