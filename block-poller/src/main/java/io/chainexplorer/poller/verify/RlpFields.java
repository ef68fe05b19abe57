package io.chainexplorer.poller.verify;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * RLP items from the lowercase {@code 0x}-hex and numeric fields of our records: integers are
 * minimal big-endian byte strings (zero is the empty string), byte data is taken as is.
 */
final class RlpFields {

  private static final HexFormat HEX = HexFormat.of();
  private static final RlpString EMPTY = RlpString.create(new byte[0]);

  private RlpFields() {}

  /** Byte data: a hash, an address, call data, a bloom; {@code null} is the empty string. */
  static RlpString data(String hex) {
    if (hex == null) {
      return EMPTY;
    }
    return RlpString.create(bytes(hex));
  }

  /** An unsigned integer. */
  static RlpString quantity(long value) {
    return RlpString.create(value);
  }

  /** An unsigned integer held as a uint256 decimal. */
  static RlpString quantity(BigDecimal value) {
    return RlpString.create(value.toBigIntegerExact());
  }

  /** An unsigned integer held as a hex quantity (signature r and s); leading zeros dropped. */
  static RlpString hexQuantity(String hex) {
    return RlpString.create(new BigInteger(hex.substring(2), 16));
  }

  static RlpList hashList(List<String> hashes) {
    List<RlpType> items = new ArrayList<>(hashes.size());
    for (String hash : hashes) {
      items.add(data(hash));
    }
    return new RlpList(items);
  }

  /** The bytes of lowercase {@code 0x}-hex data. */
  static byte[] bytes(String hex) {
    return HEX.parseHex(hex, 2, hex.length());
  }

  static String hex(byte[] bytes) {
    return "0x" + HEX.formatHex(bytes);
  }
}
