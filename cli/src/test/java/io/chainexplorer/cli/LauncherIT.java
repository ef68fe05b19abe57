package io.chainexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed launcher script runs the packaged CLI, exit codes included. */
class LauncherIT {

  private static final Path ROOT = Path.of(System.getProperty("chainexplorer.root"));

  @TempDir Path dir;

  @Test
  void shouldPrintTheVersionThroughTheLauncher() throws Exception {
    Result result = launch(ROOT.resolve("bin/chain-explorer"), "--version");

    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("chain-explorer " + VersionProvider.version());
  }

  @Test
  void shouldExitTwoNamingTheKeyOnABadValue() throws Exception {
    Result result =
        launch(
            ROOT.resolve("bin/chain-explorer"),
            "config",
            "block-poller",
            "--set",
            "block.time.ms=1");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("block.time.ms");
  }

  @Test
  void shouldSayHowToBuildWhenTheBuildIsMissing() throws Exception {
    Path launcher = Files.createDirectories(dir.resolve("bin")).resolve("chain-explorer");
    Files.copy(ROOT.resolve("bin/chain-explorer"), launcher);

    Result result = launch(launcher, "--version");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("chain-explorer is not built yet: run 'make build'");
  }

  private Result launch(Path launcher, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(int code, String out, String err) {}
}
