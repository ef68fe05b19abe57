package io.chainexplorer.enricher.mapping;

import static io.chainexplorer.enricher.mapping.RawFixtures.address;
import static io.chainexplorer.enricher.mapping.RawFixtures.block;
import static io.chainexplorer.enricher.mapping.RawFixtures.log;
import static io.chainexplorer.enricher.mapping.RawFixtures.receipt;
import static io.chainexplorer.enricher.mapping.RawFixtures.tx;
import static io.chainexplorer.enricher.mapping.RawFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.AccessListEntry;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.avro.TransactionClassification;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionMapperTest {

  private static final BigDecimal MAX_UINT256 =
      new BigDecimal(BigInteger.TWO.pow(256).subtract(BigInteger.ONE));

  @Test
  void shouldClassifyNativeTransferWhenInputIsEmptyAndOnlyIntrinsicGasWasUsed() {
    RawTransaction tx = tx(0).build();

    assertThat(map(tx, receipt(tx).build()).getClassification())
        .isEqualTo(TransactionClassification.NATIVE_TRANSFER);
  }

  @Test
  void shouldClassifyContractCallWhenInputIsPresent() {
    RawTransaction tx = tx(0).setInput("0xa9059cbb").build();

    assertThat(map(tx, receipt(tx).build()).getClassification())
        .isEqualTo(TransactionClassification.CONTRACT_CALL);
  }

  @Test
  void shouldClassifyContractCallWhenEmptyInputRanCodeAtTheTarget() {
    RawTransaction tx = tx(0).build();
    RawReceipt moreGas = receipt(tx).setGasUsed(23_000).setCumulativeGasUsed(23_000).build();
    RawReceipt logged = receipt(tx).setLogs(List.of(log(0, address(2), "0x", word(9)))).build();

    assertThat(map(tx, moreGas).getClassification())
        .isEqualTo(TransactionClassification.CONTRACT_CALL);
    assertThat(map(tx, logged).getClassification())
        .isEqualTo(TransactionClassification.CONTRACT_CALL);
  }

  @Test
  void shouldCountAccessListGasAsIntrinsicWhenClassifyingANativeTransfer() {
    AccessListEntry entry =
        AccessListEntry.newBuilder()
            .setAddress(address(5))
            .setStorageKeys(List.of(word(1)))
            .build();
    RawTransaction tx = tx(0).setType(1).setAccessList(List.of(entry)).build();
    long intrinsic = 21_000 + 2_400 + 1_900;
    RawReceipt receipt = receipt(tx).setGasUsed(intrinsic).setCumulativeGasUsed(intrinsic).build();

    assertThat(map(tx, receipt).getClassification())
        .isEqualTo(TransactionClassification.NATIVE_TRANSFER);
  }

  @Test
  void shouldClassifyCreationWhenToIsNull() {
    RawTransaction tx = tx(0).setTo(null).setInput("0x6080").build();

    assertThat(map(tx, receipt(tx).setTo(null).build()).getClassification())
        .isEqualTo(TransactionClassification.CONTRACT_CREATION);
  }

  @Test
  void shouldClassifyFailedBeforeAnythingElseWhenStatusIsZero() {
    RawTransaction creation = tx(0).setTo(null).setInput("0x6080").build();
    RawTransaction transfer = tx(0).build();

    assertThat(map(creation, receipt(creation).setStatus(0L).build()).getClassification())
        .isEqualTo(TransactionClassification.FAILED);
    assertThat(map(transfer, receipt(transfer).setStatus(0L).build()).getClassification())
        .isEqualTo(TransactionClassification.FAILED);
  }

  @Test
  void shouldTreatPreByzantiumReceiptAsSuccessfulWhenItHasARootAndNoStatus() {
    RawTransaction tx = tx(0).build();
    RawReceipt receipt = receipt(tx).setStatus(null).setRoot(word(3)).build();

    Transaction mapped = map(tx, receipt);

    assertThat(mapped.getClassification()).isEqualTo(TransactionClassification.NATIVE_TRANSFER);
    assertThat(mapped.getStatus()).isNull();
    assertThat(mapped.getRoot()).isEqualTo(word(3));
  }

  @Test
  void shouldComputeFeeAsGasUsedTimesEffectiveGasPrice() {
    RawTransaction tx = tx(0).setType(2).setGasPrice(BigDecimal.valueOf(99)).build();
    RawReceipt receipt =
        receipt(tx).setEffectiveGasPrice(BigDecimal.valueOf(30_000_000_123L)).build();

    assertThat(map(tx, receipt).getFeePaid()).isEqualTo(new BigDecimal("630000002583000"));
  }

  @Test
  void shouldAddBlobGasTimesBlobGasPriceWhenTheTransactionCarriesBlobs() {
    RawTransaction tx = tx(0).setType(3).setInput("0x01").build();
    RawReceipt receipt =
        receipt(tx).setBlobGasUsed(131_072L).setBlobGasPrice(BigDecimal.valueOf(3)).build();

    Transaction mapped = map(tx, receipt);

    assertThat(mapped.getFeePaid()).isEqualTo(BigDecimal.valueOf(21_000L * 10 + 131_072L * 3));
    assertThat(mapped.getBlobGasUsed()).isEqualTo(131_072L);
  }

  @Test
  void shouldFallBackToGasPriceWhenAnOldReceiptHasNoEffectiveGasPrice() {
    RawTransaction tx = tx(0).setGasPrice(BigDecimal.valueOf(50)).build();
    RawReceipt receipt = receipt(tx).setEffectiveGasPrice(null).build();

    Transaction mapped = map(tx, receipt);

    assertThat(mapped.getEffectiveGasPrice()).isEqualTo(BigDecimal.valueOf(50));
    assertThat(mapped.getFeePaid()).isEqualTo(BigDecimal.valueOf(1_050_000));
  }

  @Test
  void shouldKeepUint256ExactWhenValueAndPriceAreHuge() {
    RawTransaction tx = tx(0).setValue(MAX_UINT256).build();
    RawReceipt receipt =
        receipt(tx).setGasUsed(1).setCumulativeGasUsed(1).setEffectiveGasPrice(MAX_UINT256).build();

    Transaction mapped = map(tx, receipt);

    assertThat(mapped.getValue()).isEqualTo(MAX_UINT256);
    assertThat(mapped.getFeePaid()).isEqualTo(MAX_UINT256);
  }

  @Test
  void shouldCarryReceiptFieldsAndBlockCoordinates() {
    RawTransaction tx = tx(0).setTo(null).setInput("0x60").build();
    RawReceipt receipt = receipt(tx).setContractAddress(address(77)).build();

    Transaction mapped = map(tx, receipt);

    assertThat(mapped.getBlockNumber()).isEqualTo(100);
    assertThat(mapped.getBlockHash()).isEqualTo(RawFixtures.hash(100));
    assertThat(mapped.getBlockTimestamp()).isEqualTo(1_700_000_000L);
    assertThat(mapped.getContractAddress()).isEqualTo(address(77));
    assertThat(mapped.getGasUsed()).isEqualTo(21_000);
    assertThat(mapped.getCumulativeGasUsed()).isEqualTo(21_000);
    assertThat(mapped.getLogsBloom()).isEqualTo(receipt.getLogsBloom());
    assertThat(TransactionMapper.key(mapped)).isEqualTo(tx.getHash());
    assertThat(mapped.getRetracted()).isFalse();
  }

  private static Transaction map(RawTransaction tx, RawReceipt receipt) {
    return TransactionMapper.toTransaction(block(tx, receipt), tx, receipt);
  }
}
