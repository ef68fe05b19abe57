package io.chainexplorer.poller.publish;

import io.chainexplorer.poller.config.PollerConfig;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;

/** Runs one piece of work with a short-lived admin client of the poller's cluster. */
public final class KafkaAdmin {

  private KafkaAdmin() {}

  public static void run(PollerConfig config, Consumer<Admin> work) {
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      work.accept(admin);
    }
  }
}
