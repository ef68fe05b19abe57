package io.chainexplorer.reliability.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretScanTest {

  private static final String SECRET = "sk-test-3c9f1e7a";

  @TempDir Path dir;

  private final SecretScan scan = new SecretScan(Map.of("alpha/one", SECRET));

  @Test
  void shouldNameTheAliasAndPlaceButNeverTheSecret() {
    scan.text("poller.log", "GET https://node/v3/" + SECRET + " failed").text("clean", "nothing");

    assertThat(scan.findings()).containsExactly(new SecretScan.Finding("alpha/one", "poller.log"));
    assertThat(scan.findings().toString()).doesNotContain(SECRET);
    assertThat(scan.scanned()).isEqualTo(2);
  }

  @Test
  void shouldFindASecretInsideACompressedParquetPageAndInAPlainFile() throws IOException {
    Files.writeString(dir.resolve("clean.log"), "all good\n");
    Files.write(dir.resolve("leaky.log"), ("key=" + SECRET).getBytes(StandardCharsets.UTF_8));
    Path parquet = dir.resolve("rows.parquet");
    ParquetFiles.write(parquet, SECRET);

    // The local Hadoop file system adds a checksum file next to the Parquet file.
    assertThat(FileScan.scan(dir, scan)).isGreaterThanOrEqualTo(3);
    assertThat(scan.findings())
        .extracting(SecretScan.Finding::where)
        .containsExactlyInAnyOrder(dir.resolve("leaky.log").toString(), parquet.toString());
  }

  @Test
  void shouldScanAParquetFileStillBeingWrittenAsBytesInsteadOfFailing() throws IOException {
    Path tmp = Files.createDirectories(dir.resolve("_tmp"));
    Files.write(tmp.resolve("empty.parquet"), new byte[0]);
    Files.write(
        tmp.resolve("partial.parquet"), ("PAR1 " + SECRET).getBytes(StandardCharsets.UTF_8));

    assertThat(FileScan.scan(dir, scan)).isEqualTo(2);
    assertThat(scan.findings())
        .extracting(SecretScan.Finding::where)
        .containsExactly(tmp.resolve("partial.parquet").toString());
  }

  @Test
  void shouldRefuseToScanForNothing() {
    assertThatThrownBy(() -> new SecretScan(Map.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
