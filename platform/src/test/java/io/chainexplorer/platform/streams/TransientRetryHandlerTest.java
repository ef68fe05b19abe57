package io.chainexplorer.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.schemas.registry.SchemaRegistryException;
import io.chainexplorer.schemas.registry.SchemaRegistryUnavailableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class TransientRetryHandlerTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<Duration> waits = new ArrayList<>();
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final TransientRetryHandler handler =
      new TransientRetryHandler(
          "enricher",
          registry,
          backoff -> {
            waits.add(backoff);
            return true;
          },
          nanos::get,
          fatal::set);

  @Test
  void shouldReplaceTheThreadWithoutLimitWhileTheRegistryIsDownBackingOffUpTo30Seconds() {
    for (int i = 0; i < 8; i++) {
      nanos.addAndGet(Duration.ofSeconds(5).toNanos());
      assertThat(handler.handle(wrapped(new SchemaRegistryUnavailableException("down", null))))
          .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    assertThat(waits)
        .extracting(Duration::toSeconds)
        .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    assertThat(fatal).hasNullValue();
    assertThat(count("unavailable")).isEqualTo(8);
  }

  @Test
  void shouldRetryARegistryRefusingOurCredentialsAsAConfigurationErrorNotADeadLetter() {
    StreamThreadExceptionResponse response =
        handler.handle(
            wrapped(new SchemaRegistryException("GET /schemas/ids/3 answered 401", 401, 0)));

    assertThat(response).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    assertThat(count("denied")).isEqualTo(1);
  }

  @Test
  void shouldStartTheBackoffOverAfterAMinuteWithoutFailure() {
    handler.handle(wrapped(new SchemaRegistryUnavailableException("down", null)));
    handler.handle(wrapped(new SchemaRegistryUnavailableException("down", null)));
    nanos.addAndGet(Duration.ofMinutes(2).toNanos());
    handler.handle(wrapped(new SchemaRegistryUnavailableException("down", null)));

    assertThat(waits).extracting(Duration::toSeconds).containsExactly(1L, 2L, 1L);
  }

  @Test
  void shouldShutTheClientDownOnAnyOtherErrorAndKeepIt() {
    IllegalStateException bug = new IllegalStateException("bug");

    assertThat(handler.handle(new StreamsException(bug)))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    assertThat(fatal.get()).hasCause(bug);
    assertThat(waits).isEmpty();
  }

  @Test
  void shouldShutDownInsteadOfReplacingWhenTheClientCloses() {
    TransientRetryHandler closing =
        new TransientRetryHandler("decoder", registry, backoff -> false, nanos::get, fatal::set);

    assertThat(closing.handle(wrapped(new SchemaRegistryUnavailableException("down", null))))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
  }

  private double count(String kind) {
    return registry
        .get(TransientRetryHandler.RETRIES)
        .tag("app", "enricher")
        .tag("kind", kind)
        .counter()
        .count();
  }

  private static StreamsException wrapped(Exception registryFailure) {
    return new StreamsException(
        "Exception caught in process", new SerializationException("frame", registryFailure));
  }
}
