package io.chainexplorer.poller.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/** Our direct RLP writer produces the bytes web3j's object-tree encoder does. */
class RlpWriterTest {

  private final Random random = new Random(11);

  @Test
  void shouldEncodeByteStringsAndNestedListsOfEveryLengthLikeWeb3j() {
    for (int length = 0; length <= 300; length++) {
      byte[] item = new byte[length];
      random.nextBytes(item);
      String hex = "0x" + HexFormat.of().formatHex(item);
      RlpWriter out = new RlpWriter(4);
      int outer = out.startList();
      out.data(hex);
      int inner = out.startList();
      out.bytes(item);
      out.data(null);
      out.endList(inner);
      out.endList(outer);

      RlpType expected =
          new RlpList(
              RlpString.create(item),
              new RlpList(RlpString.create(item), RlpString.create(new byte[0])));
      assertThat(out.toByteArray()).as("length %d", length).isEqualTo(RlpEncoder.encode(expected));
    }
  }

  @Test
  void shouldEncodeIntegersMinimallyLikeWeb3j() {
    List<Long> values = new ArrayList<>(List.of(0L, 1L, 127L, 128L, 255L, 256L, Long.MAX_VALUE));
    for (int i = 0; i < 200; i++) {
      values.add(random.nextLong() >>> (1 + random.nextInt(63)));
    }
    for (long value : values) {
      BigInteger big = BigInteger.valueOf(value);
      RlpWriter out = new RlpWriter();
      out.quantity(value);
      out.quantity(new BigDecimal(big));
      out.hexQuantity("0x" + big.toString(16));
      out.hexQuantity("0x000" + big.toString(16));

      byte[] one = RlpEncoder.encode(RlpString.create(big));
      byte[] expected = new byte[one.length * 4];
      for (int i = 0; i < 4; i++) {
        System.arraycopy(one, 0, expected, i * one.length, one.length);
      }
      assertThat(out.toByteArray()).as("value %d", value).isEqualTo(expected);
    }
  }

  @Test
  void shouldRejectMalformedHex() {
    RlpWriter out = new RlpWriter();

    assertThatThrownBy(() -> out.data("0xabc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> out.data("0xzz")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> out.hexQuantity("0x1g")).isInstanceOf(IllegalArgumentException.class);
  }
}
