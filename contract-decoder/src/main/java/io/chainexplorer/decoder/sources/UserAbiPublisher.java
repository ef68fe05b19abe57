package io.chainexplorer.decoder.sources;

import io.chainexplorer.schemas.topics.TopicSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes user ABIs to the compacted user-ABI topic, keyed by lowercase contract address, after
 * checking that the address is one and the JSON parses as an ABI.
 */
public final class UserAbiPublisher {

  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
  private static final Pattern FILE_NAME = Pattern.compile("(0x[0-9a-fA-F]{40})\\.json");

  private UserAbiPublisher() {}

  /** The canonical key of an address; throws IllegalArgumentException when it is not one. */
  public static String key(String address) {
    if (address == null || !ADDRESS.matcher(address).matches()) {
      throw new IllegalArgumentException("not a 0x address of 20 bytes: " + address);
    }
    return address.toLowerCase(Locale.ROOT);
  }

  /** The ABIs of a directory's {@code <address>.json} files, checked; other files are skipped. */
  public static Map<String, String> readDirectory(Path dir) throws IOException {
    Map<String, String> abis = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        var match = FILE_NAME.matcher(file.getFileName().toString());
        if (match.matches()) {
          abis.put(key(match.group(1)), checked(Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    }
    return abis;
  }

  /** The JSON text unchanged when it parses as an ABI; throws IllegalArgumentException if not. */
  public static String checked(String json) {
    ContractAbi.parse(json);
    return json;
  }

  /** Publishes each address's ABI and waits for the broker's acknowledgements. */
  public static void publish(
      Map<String, Object> producerSettings,
      TopicSpec<String, String> topic,
      Map<String, String> abis)
      throws InterruptedException {
    Map<String, Object> settings = new HashMap<>(producerSettings);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
      List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
      abis.forEach(
          (address, json) ->
              sent.add(
                  producer.send(new ProducerRecord<>(topic.name(), key(address), checked(json)))));
      for (java.util.concurrent.Future<?> future : sent) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot publish user ABIs to " + topic.name(), e.getCause());
    }
  }
}
