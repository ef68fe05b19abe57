package io.chainexplorer.cli.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.embedded.EmbeddedKafka;
import io.chainexplorer.embedded.EmbeddedSchemaRegistry;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chain-explorer backfill} end to end: anvil, the real broker and registry. */
class BackfillCommandIT {

  private static final String CHAIN = "cli-backfill";

  @TempDir static Path workDir;

  private static EmbeddedKafka kafka;
  private static EmbeddedSchemaRegistry registry;
  private static EmbeddedAnvil anvil;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.start();
    registry = EmbeddedSchemaRegistry.start(workDir);
    anvil = EmbeddedAnvil.builder().manualMining().start();
    anvil.rpc().call("anvil_mine", "0xc8");
  }

  @AfterAll
  static void stop() {
    anvil.close();
    registry.close();
    kafka.close();
  }

  @Test
  void shouldPublishTheRangeOnceAndExitZeroAgainWhenRerun() {
    CliRun first = backfill("1", "50");
    CliRun again = backfill("1", "50");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("backfill 1..50 complete");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(committedKeys())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
  }

  @Test
  void shouldFollowTheHeadUntilARangeInTheReorgWindowHasLeftItAndThenPublishIt() throws Exception {
    long to = blockNumber() - 10;
    CompletableFuture<CliRun> run =
        CompletableFuture.supplyAsync(
            () ->
                backfillOf(
                    CHAIN + "-window",
                    Long.toString(to - 2),
                    Long.toString(to),
                    "-s",
                    "block.time.ms=100"));

    // a block at a time, until the range is 128 blocks deep (reorg.window.blocks) and published
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!run.isDone() && Instant.now().isBefore(deadline)) {
      anvil.rpc().call("anvil_mine", "0x1");
      try {
        run.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillFollowing) {
        // the head has not left the window yet
      }
    }
    CliRun result = run.get(1, TimeUnit.SECONDS);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("backfill " + (to - 2) + ".." + to + " complete");
    assertThat(blockNumber()).as("the head it waited for").isGreaterThanOrEqualTo(to + 128);
  }

  @Test
  void shouldExitTwoWhenTheProvidersServeAnotherChain() {
    CliRun run = backfill("1", "5", "-s", "chain.id=1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("chain.id");
  }

  private static CliRun backfill(String from, String to, String... extra) {
    return backfillOf(CHAIN, from, to, extra);
  }

  private static CliRun backfillOf(String chain, String from, String to, String... extra) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("backfill", "--from", from, "--to", to));
    args.addAll(List.of("--rpc-url", anvil.rpcUrl().toString(), "-s", "chain.name=" + chain));
    args.addAll(List.of("-s", "kafka.bootstrap.servers=" + kafka.bootstrapServers()));
    args.addAll(List.of("-s", "schema.registry.url=" + registry.confluentApiUrl()));
    args.addAll(List.of("-s", "metrics.port=0"));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static long blockNumber() {
    return Long.decode(anvil.rpc().call("eth_blockNumber").asText());
  }

  private static List<Long> committedKeys() {
    TopicPartition partition =
        new TopicPartition(TopicCatalogue.forChain(CHAIN).rawBlocks().name(), 0);
    Map<String, Object> settings =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
            16 * 1024 * 1024);
    List<Long> keys = new ArrayList<>();
    try (KafkaConsumer<Long, byte[]> consumer =
        new KafkaConsumer<>(settings, new LongDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      while (consumer.position(partition) < end) {
        for (ConsumerRecord<Long, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          keys.add(record.key());
        }
      }
    }
    return keys;
  }
}
