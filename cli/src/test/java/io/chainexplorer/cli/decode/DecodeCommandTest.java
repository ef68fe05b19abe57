package io.chainexplorer.cli.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCommandTest {

  @TempDir Path dir;

  @Test
  void shouldDocumentEveryOptionWhenAskedForHelp() {
    CliRun run = CliRun.of("decode", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: chain-explorer decode")
        .contains("-c, --config=FILE")
        .contains("-s, --set=KEY=VALUE")
        .contains("-h, --help")
        .contains("publish-abi")
        .contains("dead-letter")
        .contains("Exit code 0");
  }

  @Test
  void shouldBeListedAmongTheCommands() {
    assertThat(CliRun.of("--help").out()).contains("decode");
  }

  @Test
  void shouldRejectAnInvalidSettingBeforeStarting() {
    CliRun run = CliRun.of("decode", "-s", "processing.guarantee=exactly_once");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("processing.guarantee");
  }

  @Test
  void shouldDocumentPublishAbi() {
    CliRun run = CliRun.of("decode", "publish-abi", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("-a, --address=ADDRESS").contains("-f, --file=FILE");
  }

  @Test
  void shouldRejectAnAddressThatIsNotOneBeforeConnecting() throws Exception {
    Path abi = Files.writeString(dir.resolve("abi.json"), "[]");

    CliRun run = CliRun.of("decode", "publish-abi", "--address", "0x12", "--file", abi.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a 0x address");
  }

  @Test
  void shouldRejectAFileThatIsNotAnAbiBeforeConnecting() throws Exception {
    Path abi = Files.writeString(dir.resolve("abi.json"), "{\"not\": \"an abi\"}");

    CliRun run =
        CliRun.of("decode", "publish-abi", "-a", "0x" + "ab".repeat(20), "-f", abi.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("ABI is not a JSON array");
  }
}
