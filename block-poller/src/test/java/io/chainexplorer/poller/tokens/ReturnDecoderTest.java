package io.chainexplorer.poller.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Token returns decoded as ethers v6 decodes them, and the returns no token value comes from. */
class ReturnDecoderTest {

  /** MKR's name(): a bytes32, not an ABI string (mainnet 0x9f8f72aa…, any block). */
  private static final String MKR_NAME =
      "0x4d616b6572000000000000000000000000000000000000000000000000000000";

  private static final String WORD_ONE =
      "0x0000000000000000000000000000000000000000000000000000000000000001";

  @Test
  void shouldDecodeEveryReturnAsEthersDoes() throws Exception {
    JsonNode cases = new ObjectMapper().readTree(ethers("token-returns.mjs"));
    List<String> mismatches = new ArrayList<>();
    for (JsonNode c : cases) {
      String hex = c.get("hex").asText();
      Object actual =
          switch (c.get("kind").asText()) {
            case "string", "bytes32" -> ReturnDecoder.text(hex).value();
            case "uint256" -> String.valueOf(ReturnDecoder.uint256(hex).value());
            default -> String.valueOf(ReturnDecoder.decimals(hex).value());
          };
      if (!c.get("expected").asText().equals(actual)) {
        mismatches.add(c + " -> " + actual);
      }
    }
    assertThat(cases).hasSizeGreaterThan(15);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void shouldReadBytes32NameWhenTokenPredatesStringReturns() {
    assertThat(ReturnDecoder.text(MKR_NAME)).isEqualTo(Answer.of("Maker"));
  }

  @Test
  void shouldSayEmptyWhenContractReturnsNothing() {
    assertThat(ReturnDecoder.text("0x")).isEqualTo(Answer.unavailable(Answer.EMPTY));
    assertThat(ReturnDecoder.uint256("0x")).isEqualTo(Answer.unavailable(Answer.EMPTY));
    assertThat(ReturnDecoder.decimals("0x")).isEqualTo(Answer.unavailable(Answer.EMPTY));
  }

  @Test
  void shouldSayMalformedWhenReturnBreaksTheAbi() {
    // an offset past the data, a length past the data, odd hex, a stray byte
    String farOffset = "0x" + "00".repeat(31) + "ff" + "00".repeat(32);
    String longLength = "0x" + "00".repeat(31) + "20" + "00".repeat(31) + "41" + "61".repeat(32);
    assertThat(ReturnDecoder.text(farOffset)).isEqualTo(Answer.unavailable(Answer.MALFORMED));
    assertThat(ReturnDecoder.text(longLength)).isEqualTo(Answer.unavailable(Answer.MALFORMED));
    assertThat(ReturnDecoder.text("0x123")).isEqualTo(Answer.unavailable(Answer.MALFORMED));
    assertThat(ReturnDecoder.uint256(WORD_ONE + "00"))
        .isEqualTo(Answer.unavailable(Answer.MALFORMED));
  }

  @Test
  void shouldRefuseDecimalsWhenWordExceedsUint8() {
    String twoFiftySix = "0x" + "00".repeat(30) + "0100";
    assertThat(ReturnDecoder.decimals(twoFiftySix)).isEqualTo(Answer.unavailable(Answer.MALFORMED));
    assertThat(ReturnDecoder.uint256(twoFiftySix)).isEqualTo(Answer.of(BigInteger.valueOf(256)));
  }

  @Test
  void shouldSayMalformedWhenBytesAreNotUtf8() {
    String invalid = "0x" + "ff".repeat(2) + "00".repeat(30);
    assertThat(ReturnDecoder.text(invalid)).isEqualTo(Answer.unavailable(Answer.MALFORMED));
  }

  private static String ethers(String script) throws Exception {
    Path here = Path.of("").toAbsolutePath();
    Path root = here.getFileName().toString().equals("block-poller") ? here.getParent() : here;
    Process node =
        new ProcessBuilder(
                "node", root.resolve("block-poller/src/test/js").resolve(script).toString())
            .directory(root.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] out = node.getInputStream().readAllBytes();
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
    assertThat(node.exitValue()).as("node exit").isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
