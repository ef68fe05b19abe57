package io.chainexplorer.batch.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * A deterministic mainnet-like day: 7,200 blocks of 12 s, about 167 transactions, 410 logs and 210
 * token transfers each (1.2 M, 3 M and 1.5 M a day). A block depends only on the seed and its
 * index, so any range of hours can be generated alone and always gives the same records.
 */
public final class MainnetDay {

  public static final int BLOCKS_PER_HOUR = 300;
  public static final int BLOCKS_PER_DAY = 24 * BLOCKS_PER_HOUR;
  static final long FIRST_BLOCK = 19_780_000L;
  static final int SECONDS_PER_BLOCK = 12;
  static final String ZERO_ADDRESS = "0x" + "0".repeat(40);

  // Senders and receivers follow a skewed law over a pool (exchanges and routers recur, most
  // addresses appear once or twice); tokens likewise.
  private static final int ADDRESSES = 600_000;
  private static final int TOKENS = 20_000;

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private final long seed;
  private final long dayStart;

  /** The day {@code day} (UTC) of the chain seeded by {@code seed}. */
  public MainnetDay(long seed, LocalDate day) {
    this.seed = seed;
    this.dayStart = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  /** The block {@code index} blocks after the day's first (7,200 and more: the next days). */
  public GeneratedBlock block(int index) {
    SplittableRandom random = new SplittableRandom(mix(seed ^ mix(FIRST_BLOCK + index)));
    return new BlockBuilder(
            this, random, FIRST_BLOCK + index, dayStart + (long) index * SECONDS_PER_BLOCK)
        .build();
  }

  String address(SplittableRandom random) {
    return member(seed, skewed(random, ADDRESSES));
  }

  String token(SplittableRandom random) {
    return member(~seed, skewed(random, TOKENS));
  }

  /** An index in {@code [0, size)}, low ones far more often (density ~ x^-2/3). */
  private static int skewed(SplittableRandom random, int size) {
    double u = random.nextDouble();
    return (int) (size * u * u * u);
  }

  /** {@code bytes} random bytes as 0x-prefixed lower-case hex. */
  static String hex(SplittableRandom random, int bytes) {
    char[] out = new char[2 + 2 * bytes];
    out[0] = '0';
    out[1] = 'x';
    for (int i = 0; i < bytes; i += 8) {
      long word = random.nextLong();
      for (int j = 0; j < 8 && i + j < bytes; j++) {
        int b = (int) (word >>> (8 * j)) & 0xff;
        out[2 + 2 * (i + j)] = DIGITS[b >>> 4];
        out[3 + 2 * (i + j)] = DIGITS[b & 0xf];
      }
    }
    return new String(out);
  }

  /** The {@code index}th address of the pool named by {@code salt}: the same on every call. */
  private static String member(long salt, int index) {
    return hex(new SplittableRandom(mix(salt + index)), 20);
  }

  /** Stafford's mix13 (SplittableRandom's own finaliser): nearby inputs, unrelated outputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
