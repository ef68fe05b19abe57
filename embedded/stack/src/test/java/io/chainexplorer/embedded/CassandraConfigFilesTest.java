package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CassandraConfigFilesTest {

  @TempDir Path dir;

  @Test
  void shouldPutEveryDirectoryUnderTheBaseDirWhenWritingTheYaml() throws IOException {
    CassandraConfigFiles files = new CassandraConfigFiles(dir);

    files.write(17001, 19043);

    String yaml = Files.readString(files.yaml());
    assertThat(yaml)
        .contains("storage_port: 17001")
        .contains("native_transport_port: 19043")
        .contains("seeds: \"127.0.0.1:17001\"")
        .contains("commitlog_directory: " + dir.resolve("commitlog"))
        .contains("hints_directory: " + dir.resolve("hints"))
        .contains("  - " + dir.resolve("data"))
        .contains("endpoint_snitch: SimpleSnitch")
        .contains("num_tokens: 1")
        .doesNotContain("${");
  }

  @Test
  void shouldLogToTheSystemLogWhenWritingTheLogbackConfig() throws IOException {
    CassandraConfigFiles files = new CassandraConfigFiles(dir);

    files.write(17001, 19043);

    assertThat(Files.readString(files.logback()))
        .contains("<file>" + dir.resolve("logs/system.log") + "</file>")
        .doesNotContain("${")
        .doesNotContain("ConsoleAppender");
    assertThat(files.systemLog().getParent()).isDirectory();
  }
}
