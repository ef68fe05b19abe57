package io.chainexplorer.cli.abi;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbiDecodeCommandTest {

  private static final String TRANSFER_CALL =
      "{\"signature\":\"transfer(address,uint256)\",\"calldata\":\"0xa9059cbb"
          + "000000000000000000000000ab5801a7d398351b8be11c439e05c5b3259aec9b"
          + "00000000000000000000000000000000000000000000000000000000000003e8\"}";

  private static final String TRANSFER_LOG =
      "{\"event\":\"Transfer(address indexed,address indexed,uint256)\",\"topics\":["
          + "\"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef\","
          + "\"0x000000000000000000000000AB5801A7D398351B8BE11C439E05C5B3259AEC9B\","
          + "\"0x0000000000000000000000000000000000000000000000000000000000000001\"],"
          + "\"data\":\"0x00000000000000000000000000000000000000000000000000000000000000ff\"}";

  @TempDir Path dir;

  @Test
  void shouldAddDecodedValuesOrAnErrorToEveryLineWhenTheFileIsProcessed() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Path output = dir.resolve("out.jsonl");
    Files.write(
        input,
        List.of(
            TRANSFER_CALL,
            TRANSFER_LOG,
            "{\"signature\":\"f(uint256[])\",\"calldata\":\"0x12345678\"}",
            "not json",
            ""),
        StandardCharsets.UTF_8);

    CliRun run =
        CliRun.of("abi", "decode", "--input", input.toString(), "--output", output.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Decoded 2 of 4 lines (2 errors)");
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .isEqualTo(
            TRANSFER_CALL.substring(0, TRANSFER_CALL.length() - 1)
                + ",\"decoded\":[\"0xab5801a7d398351b8be11c439e05c5b3259aec9b\",\"1000\"]}");
    assertThat(lines.get(1))
        .endsWith(
            ",\"decoded\":[\"0xab5801a7d398351b8be11c439e05c5b3259aec9b\","
                + "\"0x0000000000000000000000000000000000000001\",\"255\"]}");
    assertThat(lines.get(2)).contains("\"error\":\"selector 0x12345678 is not");
    assertThat(lines.get(3)).startsWith("{\"line\":\"not json\",\"error\":\"not JSON");
  }

  @Test
  void shouldExitTwoWhenTheInputFileIsMissing() {
    CliRun run =
        CliRun.of(
            "abi",
            "decode",
            "--input",
            dir.resolve("missing.jsonl").toString(),
            "--output",
            dir.resolve("out.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Cannot read input file");
  }

  @Test
  void shouldDocumentTheLineFormatsInHelp() {
    CliRun run = CliRun.of("abi", "decode", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--input", "--output", "\"signature\"", "\"topics\"", "error");
  }

  @Test
  void shouldExitTwoWhenOptionsAreMissing() {
    assertThat(CliRun.of("abi", "decode").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("abi").exitCode()).isEqualTo(2);
  }
}
