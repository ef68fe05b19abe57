package io.chainexplorer.batchserving;

import static io.chainexplorer.batchserving.ViewFixture.row;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;

/** The batch output the loader tests load: every view, one token and one address, two days. */
final class LoaderFixture {

  static final String TOKEN = "0x00000000000000000000000000000000000000aa";
  static final String ALICE = "0x00000000000000000000000000000000000000a1";
  // 2^255 + 12345: past any decimal(38), as uint256 sums are.
  static final String HUGE = BigInteger.TWO.pow(255).add(BigInteger.valueOf(12345)).toString();

  private LoaderFixture() {}

  /** Every view under {@code out}; the second day's fees and ERC-20 volume are as given. */
  static ViewFixture everyView(Path out, String feesOfSecondDay) {
    return new ViewFixture(out)
        .day(
            "chain_daily",
            ViewFixture.CHAIN_DAILY,
            "2026-12-01",
            row(7100L, 100L, 1L, 21_000_000L, "42", "7", 12L, 0L))
        .day(
            "chain_daily",
            ViewFixture.CHAIN_DAILY,
            "2026-12-02",
            row(7200L, 120L, 0L, 25_000_000L, feesOfSecondDay, null, 15L, 1L))
        .day(
            "token_daily",
            ViewFixture.TOKEN_DAILY,
            "2026-12-02",
            row(TOKEN, "ERC20", 2L, 1L, 2L, feesOfSecondDay, 0L, 1L, 0L))
        .day(
            "address_daily",
            ViewFixture.ADDRESS_DAILY,
            "2026-12-02",
            row(ALICE, 2L, 1L, HUGE, 1L, 0L, 0L, 0L, 0L, 0L, 1L))
        .whole(
            "tokens",
            ViewFixture.TOKENS,
            row(
                TOKEN,
                "ERC20",
                7100L,
                14_400L,
                LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-02"),
                2L,
                ALICE,
                "0xc1",
                true))
        .day(
            "security_tokens_daily",
            ViewFixture.SECURITY_TOKENS_DAILY,
            "2026-12-02",
            row("ERC1400", TOKEN, 4L, 3L, 0L, 1L, 0L, 2L))
        .day(
            "security_token_partitions_daily",
            ViewFixture.SECURITY_TOKEN_PARTITIONS_DAILY,
            "2026-12-02",
            row(TOKEN, "0x" + "ab".repeat(32), 4L, HUGE))
        .day(
            "security_token_adoption",
            ViewFixture.SECURITY_TOKEN_ADOPTION,
            "2026-12-02",
            row("ERC1400", 1L, 1L));
  }
}
