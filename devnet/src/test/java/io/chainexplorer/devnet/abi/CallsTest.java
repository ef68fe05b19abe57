package io.chainexplorer.devnet.abi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Golden encodings: selectors and words as any Ethereum tooling produces them. */
class CallsTest {

  private static final String HOLDER = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

  @Test
  void shouldEncodeAnErc20TransferWithItsStandardSelector() {
    assertThat(TokenCalls.erc20Transfer(HOLDER, BigInteger.valueOf(1000)))
        .isEqualTo(
            "0xa9059cbb"
                + "00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"
                + "00000000000000000000000000000000000000000000000000000000000003e8");
  }

  @Test
  void shouldEncodePartitionsAsRightPaddedBytes32() {
    String call = TokenCalls.redeemByPartition("CLASS-A", BigInteger.ONE, new byte[0]);

    // redeemByPartition(bytes32,uint256,bytes)
    assertThat(call).startsWith("0x62eb0068");
    assertThat(call.substring(10, 74))
        .isEqualTo("434c4153532d4100000000000000000000000000000000000000000000000000");
  }

  @Test
  void shouldHashEventSignaturesIntoTopic0() {
    assertThat(Abi.topic0("Transfer(address,address,uint256)"))
        .isEqualTo("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    assertThat(Abi.topic0("Upgraded(address)"))
        .isEqualTo("0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b");
  }

  @Test
  void shouldConvertBetweenAddressesAndWords() {
    String word = Abi.addressTopic(HOLDER);

    assertThat(word).hasSize(66).endsWith(HOLDER.substring(2));
    assertThat(Abi.addressFromWord(word)).isEqualTo(HOLDER);
    assertThat(Abi.uint256Word("0x" + "0".repeat(63) + "2" + "0".repeat(63) + "7", 1))
        .isEqualTo(BigInteger.valueOf(7));
  }
}
