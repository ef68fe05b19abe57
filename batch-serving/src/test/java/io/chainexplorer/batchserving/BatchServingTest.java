package io.chainexplorer.batchserving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchServingTest {

  @TempDir Path dir;

  @Test
  void shouldTakeTheConfigFileThenTheOptions() throws Exception {
    Path file = dir.resolve("serving.properties");
    Files.writeString(
        file, "scylla.keyspace=from_file\nscylla.password=s3cret-value\nscylla.username=loader\n");

    Map<String, String> properties =
        BatchServing.properties(
            new String[] {"load", "--config", file.toString(), "--keyspace", "ks", "--out", "/o"});
    BatchServingConfig config = new BatchServingConfig(properties);

    assertThat(config.keyspace()).isEqualTo("ks");
    assertThat(config.outputDir()).isEqualTo("/o");
    assertThat(config.endpoint().username()).isEqualTo("loader");
    assertThat(config.endpoint().password()).isEqualTo("s3cret-value");
    assertThat(config.values().toString()).doesNotContain("s3cret-value");
  }

  @Test
  void shouldExitOneWithTheReasonWhenTheCommandLineIsWrong() {
    assertThat(run("serve", "--out", "/o")).isEqualTo(BatchServing.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: BatchServing load|reconcile");

    err.reset();
    assertThat(run("load", "--password", "s3cret-value")).isEqualTo(BatchServing.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("unexpected --password")
        .doesNotContain("s3cret-value");

    err.reset();
    assertThat(run("reconcile", "--keyspace", "ks")).isEqualTo(BatchServing.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("batch.output.dir");
  }

  @Test
  void shouldRequireTheKeystorePasswordWithTheKeystore() throws Exception {
    Path file = dir.resolve("tls.properties");
    Files.writeString(file, "scylla.ssl.enabled=true\nscylla.ssl.keystore.path=/k.jks\n");

    assertThat(run("load", "--out", "/o", "--config", file.toString()))
        .isEqualTo(BatchServing.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("scylla.ssl.keystore.password is required with scylla.ssl.keystore.path");
  }

  @Test
  void shouldRejectAKeyspaceThatIsNoCqlIdentifier() {
    assertThat(run("load", "--out", "/o", "--keyspace", "ks; DROP TABLE x"))
        .isEqualTo(BatchServing.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("a CQL identifier");
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return BatchServing.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
