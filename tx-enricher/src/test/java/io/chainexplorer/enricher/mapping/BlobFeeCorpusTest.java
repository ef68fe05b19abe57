package io.chainexplorer.enricher.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fees of the three blob (type 3) receipts of mainnet block 20,000,010 (0x1312d0a): expected values
 * are gasUsed × effectiveGasPrice + blobGasUsed × blobGasPrice computed from the recorded JSON
 * independently of this code.
 */
class BlobFeeCorpusTest {

  @Test
  void shouldAddTheBlobFeeWhenComputingFeesOfRecordedBlobReceipts() {
    List<BigDecimal> fees = new ArrayList<>();
    for (JsonNode node : CorpusBlocks.read("erigon/derived/blob-receipts-0x1312d0a.json")) {
      RawTransaction tx =
          RawFixtures.tx(0)
              .setHash(node.get("transactionHash").asText())
              .setType(3)
              .setGasPrice(null)
              .build();
      RawReceipt receipt = CorpusBlocks.receipt(node, tx);
      fees.add(Fees.feePaid(tx, receipt));
    }

    assertThat(fees)
        .containsExactly(
            new BigDecimal("4080522753247847"),
            new BigDecimal("140076032459288"),
            new BigDecimal("119076032066072"));
  }
}
