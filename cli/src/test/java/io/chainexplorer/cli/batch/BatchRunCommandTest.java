package io.chainexplorer.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chain-explorer batch run} launches the job in a child JVM (a stand-in, no Spark). */
class BatchRunCommandTest {

  @TempDir Path temp;

  private Path home;
  private Path dataDir;

  @BeforeEach
  void install() throws IOException {
    home = StandInBatch.install(temp.resolve("batch-home"));
    dataDir = temp.resolve("run-data");
    Files.createDirectories(dataDir.resolve("cold-store").resolve("devnet"));
    Files.createDirectories(dataDir.resolve("cold-store").resolve("_tmp"));
  }

  @Test
  void shouldRunTheJobOnTheRunsColdStoreWithSparksOptionsWhenGivenADataDir() throws IOException {
    Path export = temp.resolve("views");

    CliRun run =
        CliRun.of(
            "batch",
            "run",
            "--data-dir",
            dataDir.toString(),
            "--view",
            "chain_daily",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-05",
            "--full",
            "--export-dir",
            export.toString(),
            "--set",
            "batch.home=" + home);

    assertThat(run.exitCode()).as(run.err()).isZero();
    Path out = dataDir.toAbsolutePath().resolve("batch");
    assertThat(Files.readAllLines(out.resolve("job-args.txt")))
        .containsExactly(
            "--cold-store",
            dataDir.toAbsolutePath().resolve("cold-store").toString(),
            "--out",
            out.toString(),
            "--chain",
            "devnet",
            "--master",
            "local[2]",
            "--view",
            "chain_daily",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-05",
            "--full",
            "--export-dir",
            export.toAbsolutePath().toString(),
            "stand.in.option=from-options");
    assertThat(run.out())
        .contains("chain_daily\t2026-12-06\t1\tstand-in")
        .contains("batch serving: no hot store configured (scylla.contact.points): load skipped")
        .contains("batch run: ok in 1.2 s, watermark 2026-12-05\n");
  }

  @Test
  void shouldLoadIntoTheConfiguredHotStoreAfterTheJobAndFailNamingItWhenUnreachable() {
    CliRun run =
        CliRun.of(
            "batch",
            "run",
            "--data-dir",
            dataDir.toString(),
            "--set",
            "batch.home=" + home,
            "--set",
            "scylla.contact.points=127.0.0.1:1",
            "--set",
            "scylla.request.timeout.ms=2000");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.out()).contains("chain_daily\t2026-12-06\t1\tstand-in");
    assertThat(run.err()).contains("batch serving: ");
    assertThat(run.out()).doesNotContain("load skipped");
  }

  @Test
  void shouldRefuseAHotStorePasswordOnTheCommandLineWithoutPrintingIt() {
    CliRun run =
        CliRun.of(
            "batch",
            "run",
            "--data-dir",
            dataDir.toString(),
            "--set",
            "batch.home=" + home,
            "--set",
            "scylla.password=s3cret-on-argv");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("scylla.password is a secret").doesNotContain("s3cret-on-argv");
    assertThat(dataDir.resolve("batch").resolve("job-args.txt")).doesNotExist();
  }

  @Test
  void shouldExitOneWithTheFailedViewNamedWhenTheJobFails() {
    CliRun run =
        CliRun.of(
            "batch",
            "run",
            "--cold-store",
            "file://" + dataDir.resolve("cold-store"),
            "--out",
            temp.resolve("out").toString(),
            "--view",
            "fail",
            "--set",
            "batch.home=" + home);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("batch: view fail failed: stand-in failure");
    assertThat(run.out()).contains("batch run: failed (view fail)");
  }

  @Test
  void shouldSayHowToBuildTheBatchLayerWhenItsInstallationIsMissing() {
    CliRun run =
        CliRun.of(
            "batch",
            "run",
            "--data-dir",
            dataDir.toString(),
            "--set",
            "batch.home=" + temp.resolve("nowhere"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("chain-explorer-batch.jar is missing").contains("batch.home");
  }

  @Test
  void shouldRefuseAColdStoreWithoutAnOutputDirectory() {
    CliRun run = CliRun.of("batch", "run", "--cold-store", "hdfs://namenode:8020/chain-explorer");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--cold-store and --out go together");
  }

  @Test
  void shouldRefuseADataDirectoryWithoutAColdStore() {
    CliRun run = CliRun.of("batch", "run", "--data-dir", temp.resolve("empty").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no cold store in");
  }

  @Test
  void shouldRefuseAnInvalidHeapNamingTheKey() {
    CliRun run =
        CliRun.of("batch", "run", "--data-dir", dataDir.toString(), "--set", "batch.heap=lots");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("batch.heap");
  }
}
