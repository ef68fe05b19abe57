package io.chainexplorer.embedded;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Waits until a broker serves metadata with itself in it, i.e. it is registered and unfenced. */
final class BrokerReadiness {

  private static final Duration ATTEMPT = Duration.ofSeconds(5);

  private BrokerReadiness() {}

  /** Waits with an admin client of {@code security} (its security settings; empty: plaintext). */
  static void await(
      String bootstrapServers,
      Map<String, Object> security,
      Duration timeout,
      BooleanSupplier alive) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Object> settings = new HashMap<>(security);
    settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ATTEMPT.toMillis());
    settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ATTEMPT.toMillis());
    try (Admin admin = Admin.create(settings)) {
      while (System.nanoTime() < deadline) {
        if (!alive.getAsBoolean()) {
          throw new IllegalStateException("Kafka broker exited before it was ready");
        }
        if (ready(admin)) {
          return;
        }
      }
    }
    throw new IllegalStateException("Kafka broker not ready within " + timeout);
  }

  private static boolean ready(Admin admin) {
    try {
      return !admin
          .describeCluster()
          .nodes()
          .get(ATTEMPT.toMillis(), TimeUnit.MILLISECONDS)
          .isEmpty();
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Kafka", e);
    }
  }
}
