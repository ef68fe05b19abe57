package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDataDirTest {

  @TempDir Path dir;

  @Test
  void shouldCreateAMissingDirectoryWithTheMarker() {
    Path data = RunDataDir.prepare(dir.resolve("devnet"), false);

    assertThat(data.resolve(RunDataDir.MARKER)).isRegularFile();
  }

  @Test
  void shouldKeepTheDataOfAnEarlierRunWhenResuming() throws IOException {
    Path data = RunDataDir.prepare(dir.resolve("devnet"), false);
    Files.createDirectories(data.resolve("kafka/partition-0"));
    Files.writeString(data.resolve("kafka/partition-0/segment.log"), "old");

    RunDataDir.prepare(data, false);

    assertThat(data.resolve("kafka/partition-0/segment.log")).hasContent("old");
  }

  @Test
  void shouldEmptyADirectoryAnEarlierRunCreatedWhenFresh() throws IOException {
    Path data = RunDataDir.prepare(dir.resolve("devnet"), false);
    Files.createDirectories(data.resolve("kafka/partition-0"));
    Files.writeString(data.resolve("kafka/partition-0/segment.log"), "old");

    RunDataDir.prepare(data, true);

    assertThat(data.resolve("kafka")).doesNotExist();
    assertThat(data.resolve(RunDataDir.MARKER)).isRegularFile();
  }

  @Test
  void shouldRefuseADirectoryItDidNotCreate() throws IOException {
    Files.writeString(dir.resolve("precious.txt"), "keep me");

    assertThatThrownBy(() -> RunDataDir.prepare(dir, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing it");
    assertThat(dir.resolve("precious.txt")).hasContent("keep me");
  }

  @Test
  void shouldExitTwoBeforeStartingAnythingWhenTheDataDirIsForeign() throws IOException {
    Files.writeString(dir.resolve("precious.txt"), "keep me");

    CliRun run = CliRun.of("run", "--data-dir", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("refusing it");
    assertThat(run.out()).doesNotContain("starting Kafka");
  }

  @Test
  void shouldTellAnEarlierRunsDataFromAnEmptyRunDirectory() throws IOException {
    Path data = RunDataDir.prepare(dir.resolve("devnet"), false);
    assertThat(RunDataDir.holdsEarlierRun(data)).isFalse();

    Files.createDirectories(data.resolve("kafka"));

    assertThat(RunDataDir.holdsEarlierRun(data)).isTrue();
    assertThat(RunDataDir.holdsEarlierRun(dir.resolve("absent"))).isFalse();
  }

  @Test
  void shouldRefuseAFiniteRangeInADirectoryHoldingAnEarlierRunsData() throws IOException {
    Path data = RunDataDir.prepare(dir.resolve("devnet"), false);
    Files.createDirectories(data.resolve("kafka/partition-0"));
    Files.writeString(data.resolve("kafka/partition-0/segment.log"), "old");

    CliRun run =
        CliRun.of(
            "run",
            "--data-dir",
            data.toString(),
            "--start-block",
            "0",
            "--end-block",
            "3",
            "--env-file",
            dir.resolve("absent.env").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("holds an earlier run's data").contains("--fresh");
    assertThat(run.out()).doesNotContain("Starting chain-explorer");
    assertThat(data.resolve("kafka/partition-0/segment.log")).hasContent("old");
  }
}
