package io.chainexplorer.batch.bench;

import java.math.BigInteger;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * uint256 values as mainnet shows them: mostly token amounts of 0 to 24 decimals, and now and then
 * the extremes (max-uint transfers, 256-bit token ids) whose sums pass 2^256.
 */
final class Amounts {

  static final BigInteger MAX_UINT256 = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
  private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

  private Amounts() {}

  /** An ERC-20 amount: a mantissa times 10^6..10^24; 1 in 200 is within 2^64 of max uint256. */
  static BigInteger erc20(SplittableRandom random) {
    if (random.nextInt(200) == 0) {
      return MAX_UINT256.subtract(BigInteger.valueOf(random.nextLong(Long.MAX_VALUE)));
    }
    return BigInteger.valueOf(1 + random.nextLong(1_000_000))
        .multiply(BigInteger.TEN.pow(6 + random.nextInt(19)));
  }

  /** An ERC-721 id: a small serial, or (1 in 50) a 256-bit hash as ENS-like collections use. */
  static BigInteger tokenId(SplittableRandom random) {
    if (random.nextInt(50) == 0) {
      return new BigInteger(256, new Random(random.nextLong()));
    }
    return BigInteger.valueOf(random.nextInt(100_000));
  }

  /** An ERC-1155 amount: 1 to 1,000 units, or (1 in 100) an amount near 2^200. */
  static BigInteger erc1155(SplittableRandom random) {
    if (random.nextInt(100) == 0) {
      return BigInteger.TWO.pow(200).add(BigInteger.valueOf(random.nextLong(Long.MAX_VALUE)));
    }
    return BigInteger.valueOf(1 + random.nextInt(1_000));
  }

  /** A native transfer's value: 0.0001 to 100 ETH. */
  static BigInteger ether(SplittableRandom random) {
    return BigInteger.valueOf(1 + random.nextLong(1_000_000)).multiply(BigInteger.TEN.pow(14));
  }

  /** A base fee of 3 to 60 gwei. */
  static BigInteger baseFee(SplittableRandom random) {
    return GWEI.multiply(BigInteger.valueOf(3 + random.nextInt(58)));
  }

  /** A priority fee of 0.01 to 3 gwei. */
  static BigInteger tip(SplittableRandom random) {
    return BigInteger.valueOf(10_000_000L + random.nextLong(2_990_000_000L));
  }
}
