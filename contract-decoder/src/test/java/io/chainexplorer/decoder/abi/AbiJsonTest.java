package io.chainexplorer.decoder.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbiJsonTest {

  private static final String ABI =
      "[{\"type\":\"constructor\",\"inputs\":[]},"
          + "{\"type\":\"function\",\"name\":\"exactInput\",\"inputs\":[{\"name\":\"params\","
          + "\"type\":\"tuple[]\",\"components\":[{\"name\":\"path\",\"type\":\"bytes\"},"
          + "{\"name\":\"amounts\",\"type\":\"uint256[2]\"}]}]},"
          + "{\"type\":\"event\",\"name\":\"Transfer\",\"anonymous\":false,\"inputs\":["
          + "{\"name\":\"from\",\"type\":\"address\",\"indexed\":true},"
          + "{\"name\":\"to\",\"type\":\"address\",\"indexed\":true},"
          + "{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false}]}]";

  @Test
  void shouldReadFunctionsWithTupleComponentsAndEventsWithIndexedInputs() {
    List<AbiEntry> entries = AbiJson.parse(ABI);

    assertThat(entries).hasSize(2);
    AbiFunction function = (AbiFunction) entries.get(0);
    assertThat(function.signature()).isEqualTo("exactInput((bytes,uint256[2])[])");
    assertThat(function.inputs().get(0).name()).isEqualTo("params");
    AbiEvent event = (AbiEvent) entries.get(1);
    assertThat(event.topic0Hex())
        .isEqualTo("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    assertThat(event.inputs()).extracting(AbiParameter::indexed).containsExactly(true, true, false);
  }

  @Test
  void shouldEqualTheSignatureParserWhenTheSameEventIsWrittenAsText() {
    AbiEvent fromText =
        SignatureParser.event(
            "event Transfer(address indexed from, address indexed to, uint256 value)");

    assertThat(AbiJson.events(ABI)).containsExactly(fromText);
  }

  @Test
  void shouldRejectUnknownTypesAndBadJson() {
    assertThatThrownBy(() -> AbiJson.parse("{"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(
            () ->
                AbiJson.parse(
                    "[{\"type\":\"function\",\"name\":\"f\",\"inputs\":[{\"type\":\"uint7\"}]}]"))
        .hasMessageContaining("unknown type 'uint7'");
    assertThatThrownBy(() -> SignatureParser.function("f(uint256 indexed)"))
        .hasMessageContaining("'indexed' in a function");
    assertThatThrownBy(
            () -> SignatureParser.event("E(uint8 indexed,uint8 indexed,bool indexed,bool indexed)"))
        .hasMessageContaining("more than 3 indexed");
  }

  @Test
  void shouldDecodeAnonymousEventsWithoutTopic0() {
    AbiEvent event = SignatureParser.event("Log(uint256 indexed,bool)", true);
    byte[] one = new byte[32];
    one[31] = 1;

    DecodeResult result = EventDecoder.decode(event, List.of(one), one);

    assertThat(((DecodeResult.Decoded) result).values())
        .extracting(DecodedValue::canonicalJson)
        .containsExactly("\"1\"", "true");
  }
}
