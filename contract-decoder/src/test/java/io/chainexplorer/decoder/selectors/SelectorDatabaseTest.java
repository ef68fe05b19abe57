package io.chainexplorer.decoder.selectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.decoder.abi.AbiEncoder;
import io.chainexplorer.decoder.abi.SignatureParser;
import io.chainexplorer.decoder.standards.SignatureLine;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectorDatabaseTest {

  private final SelectorDatabase database = SelectorDatabase.builtIn();

  @Test
  void shouldShareOneSelectorBetweenBurnAndItsKnownCollision() {
    assertThat(SignatureParser.function("burn(uint256)").selectorHex())
        .isEqualTo(SignatureParser.function("collate_propagate_storage(bytes16)").selectorHex());
  }

  @Test
  void shouldKeepTheCandidateThatReencodesToTheSameCalldata() {
    byte[] calldata =
        AbiEncoder.encode(
            SignatureParser.function("burn(uint256)"), List.of(BigInteger.valueOf(1000)));

    SelectorMatch match = database.function(calldata);

    assertThat(match)
        .isInstanceOfSatisfying(
            SelectorMatch.Fits.class,
            fits -> {
              assertThat(fits.entry().signature()).isEqualTo("burn(uint256)");
              assertThat(fits.candidates()).isEqualTo(2);
              assertThat(fits.fitting()).isEqualTo(1);
              assertThat(fits.detail())
                  .isEqualTo(
                      "@openzeppelin/contracts@5.7.0/ERC20Burnable (1 of 2 candidates re-encode)");
            });
  }

  @Test
  void shouldPreferTheOtherCandidateWhenOnlyItReencodes() {
    SelectorDatabase reversed =
        new SelectorDatabase(
            SelectorDatabase.entries(
                List.of(
                    SignatureLine.parse("function collate_propagate_storage(bytes16 data)"),
                    SignatureLine.parse("function burn(uint256 value)")),
                "test"));
    byte[] calldata =
        AbiEncoder.encode(
            SignatureParser.function("burn(uint256)"), List.of(BigInteger.valueOf(7)));

    assertThat(reversed.function(calldata))
        .isInstanceOfSatisfying(
            SelectorMatch.Fits.class,
            fits -> assertThat(fits.entry().signature()).isEqualTo("burn(uint256)"));
  }

  @Test
  void shouldSayNoneFitsWhenNoCandidateReencodes() {
    byte[] calldata =
        AbiEncoder.encode(SignatureParser.function("burn(uint256)"), List.of(BigInteger.ONE));
    byte[] extended = java.util.Arrays.copyOf(calldata, calldata.length + 3);

    assertThat(database.function(extended)).isInstanceOf(SelectorMatch.NoneFits.class);
  }

  @Test
  void shouldSayUnknownForASelectorItHasNot() {
    assertThat(database.function(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}))
        .isEqualTo(new SelectorMatch.Unknown("0xdeadbeef"));
  }
}
