package io.chainexplorer.schemaguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the guard as the build does, in its own JVM, and checks its exit status. */
class GuardProcessTest {

  private static final Path CURRENT = SchemasModule.CURRENT;
  private static final Path RELEASED = SchemasModule.RELEASED;

  private static Result run(Path current, Path released) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    SchemaCompatibilityGuard.class.getName(),
                    current.toString(),
                    released.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  @Test
  void shouldExitZeroWhenCurrentSchemasMatchTheRelease() throws Exception {
    Result result = run(CURRENT, RELEASED);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("all BACKWARD compatible");
  }

  @Test
  void shouldExitOneNamingTheFieldWhenRawBlockGainsAFieldWithoutDefault(@TempDir Path dir)
      throws Exception {
    copyTree(CURRENT, dir);
    Path rawBlock = dir.resolve("RawBlock.avsc");
    String original = Files.readString(rawBlock);
    String broken =
        original.replaceFirst(
            "\"fields\": \\[",
            "\"fields\": [{\"name\": \"shardId\", \"type\": \"long\", \"doc\": \"No default.\"},");
    assertThat(broken).isNotEqualTo(original);
    Files.writeString(rawBlock, broken);

    Result result = run(dir, RELEASED);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output()).contains("io.chainexplorer.avro.RawBlock.shardId");
  }

  private record Result(int exitCode, String output) {}
}
