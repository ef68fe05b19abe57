package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.cli.CliRun;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --stop-after-blocks} on the devnet, twice on one data directory: the first run fills
 * the hot and cold stores from the traffic generator's blocks; the second resumes (the poller from
 * its cursor, anvil from its state, records written before the restart still decode) and loses
 * nothing.
 */
class RunDevnetIT {

  private static final TopicCatalogue TOPICS = TopicCatalogue.forChain(Network.devnet.chainName());
  private static final Pattern SUMMARY =
      Pattern.compile(
          "blocks (\\d+) \\| transactions (\\d+) \\| decoded calls (\\d+) \\| hot rows"
              + " (\\d+) \\| cold files (\\d+) \\| lag (\\d+)");

  @TempDir Path dir;

  @Test
  void shouldFillBothStoresAndResumeWithoutLossWhenRunAgain() throws IOException {
    Path data = dir.resolve("data");

    CliRun first = run(data, dir.resolve("first"), 8);

    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    Matcher summary = lastSummary(first.out());
    assertThat(Long.parseLong(summary.group(4))).as("hot rows").isPositive();
    assertThat(Long.parseLong(summary.group(5))).as("cold files").isPositive();
    assertThat(parquetFiles(data.resolve("cold-store"))).isNotEmpty();
    Map<Long, String> firstBlocks = blocks(dir.resolve("first"));
    List<JsonNode> firstTransactions = read(dir.resolve("first"), TOPICS.transactions().name());
    assertThat(firstBlocks).hasSizeGreaterThanOrEqualTo(8);
    assertThat(firstTransactions).as("the generator's transactions").isNotEmpty();

    CliRun second = run(data, dir.resolve("second"), 4);

    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    List<JsonNode> raw = read(dir.resolve("second"), TOPICS.rawBlocks().name());
    List<Long> numbers = raw.stream().map(line -> line.path("key").asLong()).toList();
    assertThat(numbers).as("continued from the cursor: no block twice").doesNotHaveDuplicates();
    long highest = numbers.stream().mapToLong(Long::longValue).max().orElseThrow();
    assertThat(numbers).hasSize((int) highest + 1);
    assertThat(blocks(dir.resolve("second")))
        .as("the devnet resumed its chain")
        .containsAllEntriesOf(firstBlocks)
        .hasSizeGreaterThanOrEqualTo(firstBlocks.size() + 4);
    assertThat(read(dir.resolve("second"), TOPICS.transactions().name()))
        .as("records written before the restart still decode")
        .containsAll(firstTransactions);
  }

  private CliRun run(Path data, Path export, int blocks) {
    return CliRun.of(
        "run",
        "--data-dir",
        data.toString(),
        "--stop-after-blocks",
        Integer.toString(blocks),
        "--export-dir",
        export.toString(),
        "--stores",
        "--env-file",
        dir.resolve("absent.env").toString(),
        "--summary-interval",
        "2");
  }

  private static Matcher lastSummary(String out) {
    Matcher matcher = SUMMARY.matcher(out);
    Matcher last = null;
    while (matcher.find()) {
      last = SUMMARY.matcher(matcher.group());
      last.matches();
    }
    assertThat(last).as("a summary line in%n%s", out).isNotNull();
    return last;
  }

  private static Map<Long, String> blocks(Path export) {
    return read(export, TOPICS.blocks().name()).stream()
        .collect(
            Collectors.toMap(
                line -> line.path("blockNumber").asLong(),
                line -> line.path("blockHash").asText(),
                (a, b) -> b));
  }

  private static List<JsonNode> read(Path export, String topic) {
    return JsonLines.read(export.resolve(topic + ".jsonl"));
  }

  private static List<Path> parquetFiles(Path coldStore) throws IOException {
    try (Stream<Path> files = Files.walk(coldStore)) {
      return files.filter(p -> p.toString().endsWith(".parquet")).toList();
    }
  }
}
