package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.embedded.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code make help} lists every target users are told about, and each Docker target stops with a
 * clear message when no Docker engine answers (a {@code docker} that fails stands in for it).
 */
class MakeTargetsTest {

  @TempDir Path fakeBin;

  @Test
  void shouldListEveryTargetWhenHelpRuns() throws Exception {
    Result help = make(System.getenv("PATH"), "help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.output().replaceAll("\u001B\\[[0-9;]*m", ""))
        .contains(
            " build ",
            " test ",
            " run ",
            " batch ",
            " up ",
            " down ",
            " logs ",
            " ps ",
            " swarm-init ",
            " swarm-deploy ",
            " swarm-rm ",
            " bench ",
            " fmt ",
            " clean ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"up", "down", "logs", "ps", "swarm-init", "swarm-deploy", "swarm-rm"})
  void shouldFailClearlyWhenDockerEngineIsMissing(String target) throws Exception {
    Path docker = fakeBin.resolve("docker");
    Files.writeString(
        docker, "#!/bin/sh\necho 'Cannot connect to the Docker daemon' >&2\nexit 1\n");
    Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));

    Result result = make(fakeBin + ":" + System.getenv("PATH"), target);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains(target + ": needs a running Docker engine");
  }

  private static Result make(String path, String target) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                "make", "--no-print-directory", "-C", ProjectPaths.root().toString(), target)
            .redirectErrorStream(true);
    builder.environment().put("PATH", path);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  private record Result(int exitCode, String output) {}
}
