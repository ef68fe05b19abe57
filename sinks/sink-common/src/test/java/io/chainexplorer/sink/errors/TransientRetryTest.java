package io.chainexplorer.sink.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class TransientRetryTest {

  private static final Exception CAUSE = new Exception("node down");

  private final SinkTaskContext context = mock(SinkTaskContext.class);
  private final AtomicInteger retries = new AtomicInteger();
  private final TransientRetry retry = new TransientRetry(2, 3_000L, retries::incrementAndGet);

  @Test
  void shouldRetryWithoutLimitDoublingTheBackoffUpToItsCap() {
    for (int i = 0; i < 6; i++) {
      RetriableException thrown = retry.retry(context, 5, CAUSE);
      assertThat(thrown).hasCause(CAUSE);
    }

    ArgumentCaptor<Long> backoffs = ArgumentCaptor.forClass(Long.class);
    verify(context, times(6)).timeout(backoffs.capture());
    assertThat(backoffs.getAllValues())
        .containsExactly(3_000L, 6_000L, 12_000L, 24_000L, 30_000L, 30_000L);
    assertThat(retries).hasValue(6);
    assertThat(retry.consecutive()).isEqualTo(6);
  }

  @Test
  void shouldStartFromTheFirstBackoffAfterABatchGoesThrough() {
    retry.retry(context, 5, CAUSE);
    retry.retry(context, 5, CAUSE);

    retry.reset();
    retry.retry(context, 5, CAUSE);

    InOrder order = inOrder(context);
    order.verify(context).timeout(3_000L);
    order.verify(context).timeout(6_000L);
    order.verify(context).timeout(3_000L);
    assertThat(retry.consecutive()).isEqualTo(1);
  }
}
