package io.chainexplorer.batch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class MainnetDayTest {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

  @Test
  void shouldGiveTheSameRecordsWhenTheSeedAndBlockAreTheSame() {
    MainnetDay day = new MainnetDay(7, DAY);
    MainnetDay again = new MainnetDay(7, DAY);
    MainnetDay other = new MainnetDay(8, DAY);

    for (int index : new int[] {1_234, 7_200}) {
      GeneratedBlock block = day.block(index);
      assertThat(again.block(index)).isEqualTo(block);
      assertThat(other.block(index).transactions()).isNotEqualTo(block.transactions());
    }
    assertThat(day.block(7_200).block().get("blockTimestamp"))
        .isEqualTo(DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
  }

  @Test
  void shouldHaveMainnetVolumesAndMixWhenTwelveMinutesAreScaledToTheDay() {
    MainnetDay day = new MainnetDay(42, DAY);
    int blocks = 60;
    int scale = MainnetDay.BLOCKS_PER_DAY / blocks;
    Counts counts = Counts.ZERO;
    List<GenericRecord> transactions = new ArrayList<>();
    List<GenericRecord> transfers = new ArrayList<>();
    for (int i = 0; i < blocks; i++) {
      GeneratedBlock block = day.block(i);
      counts = counts.plus(block);
      transactions.addAll(block.transactions());
      transfers.addAll(block.tokenTransfers());
    }

    assertThat(counts.blocks() * scale).isEqualTo(7_200);
    assertThat(counts.transactions() * scale).isBetween(1_100_000L, 1_300_000L);
    assertThat(counts.logs() * scale).isBetween(2_800_000L, 3_200_000L);
    assertThat(counts.transfers() * scale).isBetween(1_400_000L, 1_600_000L);
    Map<String, Long> kinds = tally(transactions, "classification");
    assertThat(share(kinds, "FAILED", counts.transactions())).isBetween(0.02, 0.04);
    assertThat(share(kinds, "CONTRACT_CREATION", counts.transactions())).isBetween(0.005, 0.015);
    Map<String, Long> standards = tally(transfers, "standard");
    assertThat(share(standards, "ERC20", counts.transfers())).isBetween(0.80, 0.88);
    assertThat(share(standards, "ERC721", counts.transfers())).isBetween(0.09, 0.15);
    assertThat(share(standards, "ERC1155", counts.transfers())).isBetween(0.03, 0.09);
    // Amounts past 2^255 (their sums pass 2^256), as max-uint transfers do on mainnet.
    long extreme =
        transfers.stream()
            .filter(t -> t.get("amount") != null)
            .map(t -> new BigInteger(((ByteBuffer) t.get("amount")).array()))
            .filter(amount -> amount.bitLength() == 256)
            .count();
    assertThat(extreme).isGreaterThan(20);
  }

  private static Map<String, Long> tally(List<GenericRecord> records, String field) {
    Map<String, Long> tally = new HashMap<>();
    records.forEach(r -> tally.merge(r.get(field).toString(), 1L, Long::sum));
    return tally;
  }

  private static double share(Map<String, Long> tally, String key, long total) {
    return tally.getOrDefault(key, 0L) / (double) total;
  }
}
