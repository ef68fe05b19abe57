package io.chainexplorer.decoder.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalldataDecoderTest {

  private static final String TRANSFER =
      "0xa9059cbb"
          + "000000000000000000000000ab5801a7d398351b8be11c439e05c5b3259aec9b"
          + "00000000000000000000000000000000000000000000000000000000000003e8";

  @Test
  void shouldDecodeErc20TransferWhenSelectorMatches() {
    AbiFunction transfer = SignatureParser.function("transfer(address to, uint256 amount)");

    DecodeResult result = CalldataDecoder.decode(transfer, Hex.decode(TRANSFER));

    assertThat(transfer.selectorHex()).isEqualTo("0xa9059cbb");
    assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
    List<DecodedValue> values = ((DecodeResult.Decoded) result).values();
    assertThat(values)
        .extracting(DecodedValue::name, DecodedValue::type, DecodedValue::canonicalJson)
        .containsExactly(
            tuple("to", "address", "\"0xab5801a7d398351b8be11c439e05c5b3259aec9b\""),
            tuple("amount", "uint256", "\"1000\""));
  }

  @Test
  void shouldRejectCalldataWhenSelectorDiffers() {
    AbiFunction approve = SignatureParser.function("approve(address,uint256)");

    DecodeResult result = CalldataDecoder.decode(approve, Hex.decode(TRANSFER));

    assertThat(result).isInstanceOf(DecodeResult.Malformed.class);
    assertThat(((DecodeResult.Malformed) result).reason()).contains("selector 0xa9059cbb");
  }

  @Test
  void shouldRejectDynamicArrayWhenLengthClaimsTwoToTheSixty() {
    AbiFunction f = SignatureParser.function("f(uint256[])");
    byte[] data =
        Hex.decode(
            f.selectorHex()
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "0000000000000000000000000000000000000000000000001000000000000000");

    DecodeResult result = CalldataDecoder.decode(f, data);

    assertThat(result).isInstanceOf(DecodeResult.Malformed.class);
    assertThat(((DecodeResult.Malformed) result).reason()).contains("array length");
  }

  @Test
  void shouldRoundTripNestedTuplesThroughTheEncoder() {
    AbiFunction f = SignatureParser.function("f((uint8,string[],bytes3)[2],int16,bool)");
    List<Object> values =
        List.of(
            List.of(
                List.of(BigInteger.valueOf(255), List.of("a", "héllo"), new byte[] {1, 2, 3}),
                List.of(BigInteger.ZERO, List.of(), new byte[] {0, 0, 9})),
            BigInteger.valueOf(-300),
            Boolean.TRUE);

    byte[] calldata = AbiEncoder.encode(f, values);
    DecodeResult result = CalldataDecoder.decode(f, calldata);

    assertThat(((DecodeResult.Decoded) result).values())
        .extracting(DecodedValue::canonicalJson)
        .containsExactly(
            "[[\"255\",[\"a\",\"héllo\"],\"0x010203\"],[\"0\",[],\"0x000009\"]]",
            "\"-300\"",
            "true");
    assertThat(AbiEncoder.reencodesExactly(f, calldata)).isTrue();
  }
}
