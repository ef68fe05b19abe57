package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.cli.CliRun;
import io.chainexplorer.embedded.EmbeddedAnvil;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --rpc-url --start-block --end-block --export-dir} against anvil serving chain id 5:
 * the run is named after that chain ({@code chain-5}), the pipeline runs on the range, every topic
 * is written as JSON lines once caught up, and the run exits 0; by default without the stores, and
 * with {@code --stores} the same records.
 */
class RunExportIT {

  private static final long FROM = 1;
  private static final long TO = 4;

  @TempDir Path dir;

  @Test
  void shouldExportEveryTopicOfTheRangeWithoutStoresWhenOnlyFilesAreAskedFor() {
    try (EmbeddedAnvil anvil = EmbeddedAnvil.builder().chainId(5).manualMining().start()) {
      DevAccounts node = new DevAccounts(anvil.rpc());
      for (int block = 0; block < 3; block++) {
        node.sendTransfers(block + 2);
        node.mine(1);
      }
      node.mine(140); // the backfill takes only blocks below the reorg window
      Path export = dir.resolve("export");
      Path withStores = dir.resolve("export-with-stores");

      CliRun run = run(anvil, export, "data");
      CliRun stored = run(anvil, withStores, "data-with-stores", "--stores");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("on chain-5 (chain id 5)");
      assertThat(run.out())
          .contains(RunConsole.NO_STORES)
          .doesNotContain("starting Cassandra", "starting Kafka Connect", "sink connectors");
      assertThat(stored.exitCode()).as(stored.out() + stored.err()).isZero();
      assertThat(stored.out()).contains("starting Cassandra", "starting Kafka Connect");
      TopicCatalogue topics = TopicCatalogue.forChain("chain-5");
      for (TopicSpec<?, ?> topic : topics.all()) {
        assertThat(export.resolve(topic.name() + ".jsonl")).as(topic.name()).exists();
      }
      List<JsonNode> raw = JsonLines.read(export.resolve(topics.rawBlocks().name() + ".jsonl"));
      assertBlocks(raw, node);
      assertThat(raw)
          .allSatisfy(
              line -> assertThat(line.path("provenance").path("chainId").asLong()).isEqualTo(5));
      assertBlocks(JsonLines.read(export.resolve(topics.blocks().name() + ".jsonl")), node);
      assertBlocks(
          JsonLines.read(export.resolve(topics.confirmedBlocks().name() + ".jsonl")), node);
      assertTransactions(
          JsonLines.read(export.resolve(topics.transactions().name() + ".jsonl")), node);
      assertThat(run.out()).contains("exported " + topics.all().size() + " topics");
      for (TopicSpec<?, ?> topic : topics.all()) {
        assertThat(RunRecords.of(export, topic))
            .as("%s without stores as with them", topic.name())
            .isEqualTo(RunRecords.of(withStores, topic));
      }
    }
  }

  private CliRun run(EmbeddedAnvil anvil, Path export, String data, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--rpc-url",
                anvil.rpcUrl().toString(),
                "--start-block",
                Long.toString(FROM),
                "--end-block",
                Long.toString(TO),
                "--export-dir",
                export.toString(),
                "--data-dir",
                dir.resolve(data).toString(),
                "--env-file",
                dir.resolve("absent.env").toString(),
                "--summary-interval",
                "2"));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static void assertBlocks(List<JsonNode> lines, DevAccounts node) {
    assertThat(lines).hasSize((int) (TO - FROM + 1));
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = lines.get(i);
      assertThat(line.path("key").asLong()).isEqualTo(FROM + i);
      assertThat(line.path("blockNumber").asLong()).isEqualTo(FROM + i);
      assertThat(line.path("blockHash").asText()).isEqualTo(node.hashOf(FROM + i));
    }
  }

  private static void assertTransactions(List<JsonNode> lines, DevAccounts node) {
    List<String> expected = new ArrayList<>();
    for (long number = FROM; number <= TO; number++) {
      expected.addAll(node.transactionsOf(number));
    }
    assertThat(expected).hasSize(2 + 3 + 4);
    assertThat(lines)
        .extracting(line -> line.path("key").asText())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(lines)
        .allSatisfy(
            line -> assertThat(line.path("hash").asText()).isEqualTo(line.path("key").asText()));
    assertThat(lines.get(0).has("from")).isTrue();
    assertThat(lines.get(0).path("value").asText()).matches("[0-9]+");
  }
}
