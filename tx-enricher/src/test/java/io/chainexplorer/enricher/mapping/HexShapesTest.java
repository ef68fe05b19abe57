package io.chainexplorer.enricher.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HexShapesTest {

  @Test
  void shouldAcceptHexDataOfEitherCaseWhenItHasWholeBytes() {
    assertThat(HexShapes.isHexData("0x")).isTrue();
    assertThat(HexShapes.isHexData("0x0123456789abcdefABCDEF")).isTrue();
  }

  @Test
  void shouldRejectHexDataWhenAnyCharacterIsNotAnAsciiHexDigit() {
    assertThat(HexShapes.isHexData("0x00g0")).isFalse();
    assertThat(HexShapes.isHexData("0x00 0")).isFalse();
    // full-width digit one: Character.digit would take it for 1
    assertThat(HexShapes.isHexData("0x00\uff11" + "0")).isFalse();
    // low byte 0x30 is '0': the table alone would take it for a digit
    assertThat(HexShapes.isHexData("0x00\u01300")).isFalse();
    assertThat(HexShapes.isHexData("0x" + "ab".repeat(10_000) + "z0")).isFalse();
  }

  @Test
  void shouldRejectHexDataWhenThePrefixOrLengthIsWrong() {
    assertThat(HexShapes.isHexData(null)).isFalse();
    assertThat(HexShapes.isHexData("00ff")).isFalse();
    assertThat(HexShapes.isHexData("0X00")).isFalse();
    assertThat(HexShapes.isHexData("0x0")).isFalse();
  }

  @Test
  void shouldTellHashesAndAddressesByTheirSize() {
    String hash = "0x" + "aB".repeat(32);
    String address = "0x" + "c0".repeat(20);

    assertThat(HexShapes.isHash(hash)).isTrue();
    assertThat(HexShapes.isAddress(hash)).isFalse();
    assertThat(HexShapes.isAddress(address)).isTrue();
    assertThat(HexShapes.isHash(address)).isFalse();
  }
}
