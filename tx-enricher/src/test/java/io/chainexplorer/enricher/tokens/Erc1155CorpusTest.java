package io.chainexplorer.enricher.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.TokenStandard;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.enricher.mapping.CorpusBlocks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real mainnet ERC-1155 logs (7 TransferSingle, 2 TransferBatch of one pair each); expected ids and
 * values were decoded from the recorded data independently of this code.
 */
class Erc1155CorpusTest {

  @Test
  void shouldDecodeEveryRecordedErc1155LogWithoutMalformedOnes() {
    List<TokenTransfer> transfers = new ArrayList<>();
    for (JsonNode node : CorpusBlocks.read("erigon/derived/erc1155-logs.json")) {
      TokenExtraction extraction = TokenTransferExtractor.extract(log(node));
      assertThat(extraction).isInstanceOf(TokenExtraction.Transfers.class);
      transfers.addAll(((TokenExtraction.Transfers) extraction).transfers());
    }

    assertThat(transfers)
        .hasSize(9)
        .allSatisfy(t -> assertThat(t.getStandard()).isEqualTo(TokenStandard.ERC1155));
    assertThat(transfers).allSatisfy(t -> assertThat(t.getOperator()).isNotNull());
    assertThat(transfers)
        .filteredOn(t -> t.getLogIndex() == 299)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.getTransactionHash())
                  .isEqualTo("0x54ac902e7db78d42df9796967ff2056fb8cbdd3728f6bcf8dd49feb4bee675a2");
              assertThat(t.getTokenId())
                  .isEqualTo(new BigDecimal("426033523385014956256145008504573800742912"));
              assertThat(t.getAmount()).isEqualTo(BigDecimal.ONE);
              assertThat(t.getBatchIndex()).isZero();
            });
    assertThat(transfers)
        .filteredOn(t -> t.getLogIndex() == 149)
        .extracting(TokenTransfer::getTokenId)
        .containsExactly(BigDecimal.valueOf(29));
    assertThat(transfers)
        .filteredOn(t -> t.getLogIndex() == 689)
        .extracting(TokenTransfer::getTokenId, TokenTransfer::getAmount)
        .containsExactly(tuple(BigDecimal.valueOf(636), BigDecimal.valueOf(2)));
  }

  private static Log log(JsonNode node) {
    RawLog raw = CorpusBlocks.log(node);
    return Log.newBuilder()
        .setBlockNumber(Long.decode(node.get("blockNumber").asText()))
        .setBlockHash(node.get("blockHash").asText())
        .setBlockTimestamp(0)
        .setTransactionHash(node.get("transactionHash").asText())
        .setTransactionIndex(Long.decode(node.get("transactionIndex").asText()))
        .setLogIndex(raw.getLogIndex())
        .setAddress(raw.getAddress())
        .setTopics(raw.getTopics())
        .setData(raw.getData())
        .build();
  }
}
