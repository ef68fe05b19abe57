package io.chainexplorer.decoder.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Calldata crafted to exhaust memory or time is rejected quickly, with a precise reason. */
class HostileInputTest {

  private static String word(long value) {
    return String.format("%064x", value);
  }

  private static String reason(DecodeResult result) {
    assertThat(result).isInstanceOf(DecodeResult.Malformed.class);
    return ((DecodeResult.Malformed) result).reason();
  }

  @Test
  void shouldRejectOffsetWhenItPointsFarOutsideTheData() {
    AbiFunction f = SignatureParser.function("f(bytes)");
    byte[] calldata = Hex.decode(f.selectorHex() + "ffffffff" + word(0).substring(8));

    assertThat(reason(CalldataDecoder.decode(f, calldata))).contains("offset");
  }

  @Test
  void shouldRejectNestedArraysWhenTheyClaimBillionsOfElements() {
    AbiFunction f = SignatureParser.function("f(uint256[][][])");
    byte[] calldata = Hex.decode(f.selectorHex() + word(32) + word(2_000_000_000L));

    byte[] fewer = Hex.decode(f.selectorHex() + word(32) + word(64));

    assertThat(reason(CalldataDecoder.decode(f, calldata)))
        .isEqualTo("array length 2000000000 at byte 32 is larger than the data");
    assertThat(reason(CalldataDecoder.decode(f, fewer)))
        .isEqualTo("array length 64 at byte 32 exceeds the 0 bytes left");
  }

  @Test
  void shouldRejectBytesLengthWhenLongerThanTheData() {
    AbiFunction f = SignatureParser.function("f(string)");
    byte[] calldata = Hex.decode(f.selectorHex() + word(32) + word(33) + word(0));

    assertThat(reason(CalldataDecoder.decode(f, calldata))).contains("length 33");
  }

  @Test
  void shouldStopWorkWhenAliasedOffsetsInflateASmallInput() {
    // 2,000 strings all pointing at one 16 KiB string: 32 MiB of output from 80 KiB of input.
    AbiFunction f = SignatureParser.function("f(string[])");
    int count = 2000;
    StringBuilder hex = new StringBuilder(f.selectorHex()).append(word(32)).append(word(count));
    for (int i = 0; i < count; i++) {
      hex.append(word(count * 32L));
    }
    hex.append(word(16384)).append("61".repeat(16384));

    long start = System.nanoTime();
    String reason = reason(CalldataDecoder.decode(f, Hex.decode(hex.toString())));

    assertThat(reason).contains("overlapping offsets");
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void shouldRejectTypesWhenNestedDeeperThanTheCap() {
    assertThatThrownBy(() -> AbiType.parse("uint8" + "[]".repeat(40)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nesting deeper");
    assertThatThrownBy(() -> AbiType.parse("uint256[1000000][1000000]"))
        .hasMessageContaining("static type larger");
  }

  @Test
  void shouldRejectZeroSizedTypesWhoseArraysWouldCostNoBytesPerElement() {
    assertThatThrownBy(() -> AbiType.parse("uint256[0][]")).hasMessageContaining("array length");
    assertThatThrownBy(() -> AbiType.parse("()[]")).hasMessageContaining("empty tuple");
    assertThatThrownBy(() -> new AbiType.ArrayType(new AbiType.BoolType(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AbiType.IntType(7, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectAddressWhenHighBytesAreSet() {
    AbiFunction f = SignatureParser.function("f(address)");
    byte[] calldata = Hex.decode(f.selectorHex() + "01" + "00".repeat(31));

    assertThat(reason(CalldataDecoder.decode(f, calldata))).contains("address");
  }

  @Test
  void shouldMaskIntegersWhenHighBitsAreSetAsEthersDoes() {
    AbiFunction f = SignatureParser.function("f(uint8,int8,bool)");
    byte[] calldata =
        Hex.decode(f.selectorHex() + "ff".repeat(31) + "05" + "00".repeat(31) + "ff" + word(2));

    DecodeResult result = CalldataDecoder.decode(f, calldata);

    assertThat(((DecodeResult.Decoded) result).values())
        .extracting(DecodedValue::canonicalJson)
        .containsExactly("\"5\"", "\"-1\"", "true");
    assertThat(AbiEncoder.reencodesExactly(f, calldata)).isFalse();
  }

  @Test
  void shouldRejectEventWhenTopicCountDiffers() {
    AbiEvent transfer = SignatureParser.event("Transfer(address indexed,address indexed,uint256)");

    DecodeResult result =
        EventDecoder.decode(transfer, List.of(transfer.topic0(), new byte[32]), new byte[32]);

    assertThat(reason(result)).isEqualTo("2 topics where " + transfer.signature() + " has 3");
  }
}
