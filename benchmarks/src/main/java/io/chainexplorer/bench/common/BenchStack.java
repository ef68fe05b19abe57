package io.chainexplorer.bench.common;

import io.chainexplorer.embedded.EmbeddedKafka;
import io.chainexplorer.embedded.EmbeddedSchemaRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** What every harness runs on: an in-process broker, the test registry and an admin client. */
public final class BenchStack implements AutoCloseable {

  private final EmbeddedKafka kafka;
  private final EmbeddedSchemaRegistry registry;
  private final Admin admin;

  private BenchStack(EmbeddedKafka kafka, EmbeddedSchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
    this.admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()));
  }

  /** Starts the broker, then the registry in its child process. */
  public static BenchStack start() throws IOException {
    EmbeddedKafka kafka = EmbeddedKafka.start();
    try {
      return new BenchStack(
          kafka, EmbeddedSchemaRegistry.start(Files.createTempDirectory("bench-registry-")));
    } catch (IOException | RuntimeException e) {
      kafka.close();
      throw e;
    }
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  public Admin admin() {
    return admin;
  }

  /** Creates topics the harness writes besides the applications' own. */
  public void createTopics(NewTopic... topics) throws Exception {
    admin.createTopics(List.of(topics)).all().get();
  }

  /** The serdes' registry settings. */
  public Map<String, String> registryConfig() {
    return Map.of("schema.registry.url", registry.confluentApiUrl());
  }

  /** The service settings every application of a harness shares, with a fresh state directory. */
  public Map<String, String> serviceSettings(String chain) throws IOException {
    return Map.of(
        "chain.name", chain,
        "kafka.bootstrap.servers", kafka.bootstrapServers(),
        "schema.registry.url", registry.confluentApiUrl(),
        "state.dir", Files.createTempDirectory("bench-" + chain + "-state-").toString());
  }

  @Override
  public void close() {
    admin.close();
    registry.close();
    kafka.close();
  }
}
