package io.chainexplorer.embedded;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings every embedded Connect worker shares; defaults: byte-array converters, service-loader
 * plugin discovery, internal topics named after the group with one partition and replica each, a
 * plaintext connection to Kafka.
 *
 * @param <T> the concrete options type, returned by every setter
 */
abstract class WorkerOptions<T extends WorkerOptions<T>> {

  private static final String BYTES = "org.apache.kafka.connect.converters.ByteArrayConverter";

  private String groupId;
  private String keyConverter = BYTES;
  private String valueConverter = BYTES;
  private final Map<String, String> overrides = new LinkedHashMap<>();
  private WorkerSecurity security = WorkerSecurity.none();

  WorkerOptions(String defaultGroupId) {
    this.groupId = defaultGroupId;
  }

  abstract T self();

  public T groupId(String id) {
    this.groupId = id;
    return self();
  }

  public T converters(String keyConverterClass, String valueConverterClass) {
    this.keyConverter = keyConverterClass;
    this.valueConverter = valueConverterClass;
    return self();
  }

  /**
   * Kafka client security settings ({@code security.protocol}, {@code sasl.*}, {@code ssl.*}, as a
   * client takes them) for the worker's own clients and its tasks' consumers, dead-letter producers
   * and admin clients; replaces earlier ones. Any other key is refused.
   */
  public T kafkaSecurity(Map<String, ?> clientSettings) {
    this.security = WorkerSecurity.of(clientSettings);
    return self();
  }

  /** Any other worker property, e.g. {@code value.converter.schema.registry.url}. */
  public T set(String key, String value) {
    overrides.put(key, value);
    return self();
  }

  String groupId() {
    return groupId;
  }

  /** The distributed worker's properties, its REST API on {@code restPort} of the loopback. */
  Map<String, String> workerConfig(String bootstrapServers, int restPort) {
    Map<String, String> config = new HashMap<>();
    config.put("bootstrap.servers", bootstrapServers);
    config.put("group.id", groupId);
    config.put("config.storage.topic", groupId + "-configs");
    config.put("offset.storage.topic", groupId + "-offsets");
    config.put("status.storage.topic", groupId + "-status");
    config.put("config.storage.replication.factor", "1");
    config.put("offset.storage.replication.factor", "1");
    config.put("status.storage.replication.factor", "1");
    config.put("offset.storage.partitions", "1");
    config.put("status.storage.partitions", "1");
    config.put("offset.flush.interval.ms", "1000");
    config.put("scheduled.rebalance.max.delay.ms", "0");
    config.put("key.converter", keyConverter);
    config.put("value.converter", valueConverter);
    config.put("listeners", "http://127.0.0.1:" + restPort);
    config.put("plugin.discovery", "service_load");
    config.put("rest.advertised.host.name", "127.0.0.1");
    config.putAll(security.workerSettings());
    config.putAll(overrides);
    return config;
  }
}
