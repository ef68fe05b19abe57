package io.chainexplorer.bench.poller;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongSerializer;

/**
 * The baseline: {@code threads} threads each take the next number, send the same JSON-RPC batch the
 * block source sends (full block and block receipts) and produce the raw reply to Kafka with an
 * idempotent, acks=all, zstd producer: no key pool, no mapping, no Avro, no transactions.
 */
final class BackfillBareLoop {

  private BackfillBareLoop() {}

  /** Fetches and produces blocks {@code from..to}; returns when all are acknowledged. */
  static void run(URI endpoint, String bootstrap, String topic, long from, long to, int threads)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    createTopic(bootstrap, topic);
    AtomicLong next = new AtomicLong(from);
    try (KafkaProducer<Long, byte[]> producer = new KafkaProducer<>(producerSettings(bootstrap))) {
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread worker =
            new Thread(
                () -> {
                  for (long n = next.getAndIncrement(); n <= to; n = next.getAndIncrement()) {
                    producer.send(new ProducerRecord<>(topic, n, fetch(http, endpoint, n)));
                  }
                },
                "bare-fetch-" + i);
        workers.add(worker);
        worker.start();
      }
      for (Thread worker : workers) {
        worker.join();
      }
      producer.flush();
    }
  }

  /** One partition, like the poller's topics, with room for the largest blocks. */
  private static void createTopic(String bootstrap, String topic) throws InterruptedException {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      NewTopic spec =
          new NewTopic(topic, 1, (short) 1)
              .configs(Map.of("max.message.bytes", Integer.toString(16 * 1024 * 1024)));
      admin.createTopics(List.of(spec)).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create " + topic, e.getCause());
    }
  }

  private static byte[] fetch(HttpClient http, URI endpoint, long number) {
    String hex = "\"0x" + Long.toHexString(number) + "\"";
    String body =
        "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getBlockByNumber\",\"params\":["
            + hex
            + ",true]},{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_getBlockReceipts\","
            + "\"params\":["
            + hex
            + "]}]";
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode() + " for block " + number);
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted at block " + number, e);
    }
  }

  private static Map<String, Object> producerSettings(String bootstrap) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
    settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, LongSerializer.class);
    settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return settings;
  }
}
