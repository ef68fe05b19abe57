package io.chainexplorer.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.enricher.mapping.BlockSplitter;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.poller.rpc.RawBlockMapper;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The content hash of a real mainnet block (18,000,000: 94 transactions, 291 logs). */
class MainnetBlockContentTest {

  private static final String DIR = "/verify/erigon/block-18000000/";

  @Test
  void shouldHashTheBlockAlikeWhicheverProviderFetchedItAndWhen() throws Exception {
    BlockContent early =
        BlockContent.of(split(fetch("alpha", Instant.parse("2024-01-01T00:00:00Z"))));
    BlockContent late =
        BlockContent.of(split(fetch("beta", Instant.parse("2025-06-30T12:00:00Z"))));

    assertThat(early.records(DerivedEntity.TRANSACTION)).hasSize(94);
    assertThat(early.records(DerivedEntity.LOG)).hasSize(291);
    assertThat(early.records(DerivedEntity.TOKEN_TRANSFER)).isNotEmpty();
    assertThat(early.hash()).isEqualTo(late.hash());
  }

  @Test
  void shouldNameTheLogWhenOneByteOfItsDataDiffers() throws Exception {
    RawBlock raw = fetch("alpha", Instant.EPOCH);
    List<RawReceipt> receipts = new ArrayList<>(raw.getReceipts());
    int index = 0;
    while (receipts.get(index).getLogs().isEmpty()
        || receipts.get(index).getLogs().get(0).getData().length() <= 2) {
      index++;
    }
    RawReceipt receipt = receipts.get(index);
    RawLog log = receipt.getLogs().get(0);
    List<RawLog> logs = new ArrayList<>(receipt.getLogs());
    logs.set(0, RawLog.newBuilder(log).setData(flipLastDigit(log.getData())).build());
    receipts.set(index, RawReceipt.newBuilder(receipt).setLogs(logs).build());
    RawBlock tampered = RawBlock.newBuilder(raw).setReceipts(receipts).build();

    BlockVerdict verdict =
        BlockVerdict.compare(BlockContent.of(split(tampered)), BlockContent.of(split(raw)));

    assertThat(verdict).isInstanceOf(BlockVerdict.Mismatch.class);
    List<EntityDiff> differences = ((BlockVerdict.Mismatch) verdict).differences();
    assertThat(differences)
        .filteredOn(diff -> diff.entity() == DerivedEntity.LOG)
        .singleElement()
        .satisfies(
            diff ->
                assertThat(diff.changed())
                    .containsExactly(
                        TopicKeys.log(receipt.getTransactionHash(), log.getLogIndex())));
  }

  private static String flipLastDigit(String hex) {
    char last = hex.charAt(hex.length() - 1);
    return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
  }

  private static SplitBlock split(RawBlock raw) {
    return (SplitBlock) BlockSplitter.split(raw);
  }

  private static RawBlock fetch(String provider, Instant fetchedAt) throws Exception {
    JsonNode block = read("eth_getBlockByNumber_0x112a880_true.response.json.gz");
    List<JsonNode> receipts = new ArrayList<>();
    read("eth_getBlockReceipts_0x112a880.response.json.gz").forEach(receipts::add);
    Provenance provenance =
        Provenance.newBuilder()
            .setProviderAlias(provider)
            .setFetchedAt(fetchedAt)
            .setChainId(1)
            .build();
    return new RawBlockMapper().map(block, receipts, provenance);
  }

  private static JsonNode read(String file) throws Exception {
    try (InputStream in =
        new GZIPInputStream(MainnetBlockContentTest.class.getResourceAsStream(DIR + file))) {
      return new ObjectMapper().readTree(in).get("result");
    }
  }
}
