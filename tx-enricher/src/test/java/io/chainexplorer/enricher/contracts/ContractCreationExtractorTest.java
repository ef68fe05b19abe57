package io.chainexplorer.enricher.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.avro.TransactionClassification;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractCreationExtractorTest {

  private static final String SENDER = "0x" + "11".repeat(20);
  private static final String CREATED = "0x" + "aa".repeat(20);
  private static final String POOL = "0x" + "bb".repeat(20);

  @Test
  void shouldReportTopLevelCreationWithTheSenderAsCreator() {
    Transaction tx = tx(null, CREATED, TransactionClassification.CONTRACT_CREATION);

    assertThat(ContractCreationExtractor.extract(tx, List.of()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getAddress()).isEqualTo(CREATED);
              assertThat(c.getCreator()).isEqualTo(SENDER);
              assertThat(c.getCreatedByFactory()).isFalse();
              assertThat(c.getTransactionHash()).isEqualTo(tx.getHash());
              assertThat(c.getBlockHash()).isEqualTo(tx.getBlockHash());
              assertThat(ContractCreationExtractor.key(c)).isEqualTo(CREATED);
            });
  }

  @Test
  void shouldReportNothingWhenTheCreationFailedEvenIfTheReceiptNamesAnAddress() {
    Transaction tx = tx(null, CREATED, TransactionClassification.FAILED);

    assertThat(ContractCreationExtractor.extract(tx, List.of())).isEmpty();
  }

  @Test
  void shouldReportFactoryPairWhenTheUniswapV2FactoryEmitsPairCreated() {
    Transaction tx = tx(SENDER, null, TransactionClassification.CONTRACT_CALL);
    Log pairCreated =
        log(
            FactoryEvents.UNISWAP_V2_FACTORY,
            "0x" + pad(POOL) + "0".repeat(63) + "1",
            FactoryEvents.PAIR_CREATED,
            "0x" + pad(SENDER),
            "0x" + pad(CREATED));

    List<ContractCreation> created = ContractCreationExtractor.extract(tx, List.of(pairCreated));

    assertThat(created)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getAddress()).isEqualTo(POOL);
              assertThat(c.getCreator()).isEqualTo(FactoryEvents.UNISWAP_V2_FACTORY);
              assertThat(c.getCreatedByFactory()).isTrue();
            });
  }

  @Test
  void shouldReportFactoryPoolWhenTheUniswapV3FactoryEmitsPoolCreated() {
    Transaction tx = tx(SENDER, null, TransactionClassification.CONTRACT_CALL);
    Log poolCreated =
        log(
            FactoryEvents.UNISWAP_V3_FACTORY,
            "0x" + "0".repeat(62) + "3c" + pad(POOL),
            FactoryEvents.POOL_CREATED,
            "0x" + pad(SENDER),
            "0x" + pad(CREATED),
            "0x" + "0".repeat(60) + "0bb8");

    assertThat(ContractCreationExtractor.extract(tx, List.of(poolCreated)))
        .extracting(ContractCreation::getAddress)
        .containsExactly(POOL);
  }

  @Test
  void shouldIgnoreFactoryEventsFromUntrustedEmittersOrWithAnotherShape() {
    Transaction tx = tx(SENDER, null, TransactionClassification.CONTRACT_CALL);
    Log spoofed =
        log(
            "0x" + "66".repeat(20),
            "0x" + pad(POOL) + "0".repeat(64),
            FactoryEvents.PAIR_CREATED,
            "0x" + pad(SENDER),
            "0x" + pad(CREATED));
    Log shortData =
        log(
            FactoryEvents.UNISWAP_V2_FACTORY,
            "0x" + pad(POOL),
            FactoryEvents.PAIR_CREATED,
            "0x" + pad(SENDER),
            "0x" + pad(CREATED));

    assertThat(ContractCreationExtractor.extract(tx, List.of(spoofed, shortData))).isEmpty();
  }

  private static Transaction tx(String to, String contractAddress, TransactionClassification kind) {
    return Transaction.newBuilder()
        .setBlockNumber(5)
        .setBlockHash("0x" + "05".repeat(32))
        .setBlockTimestamp(1)
        .setHash("0x" + "ee".repeat(32))
        .setTransactionIndex(0)
        .setType(2)
        .setNonce(0)
        .setFrom(SENDER)
        .setTo(to)
        .setValue(BigDecimal.ZERO)
        .setGas(1)
        .setInput("0x60")
        .setR("0x1")
        .setS("0x1")
        .setGasUsed(1)
        .setCumulativeGasUsed(1)
        .setContractAddress(contractAddress)
        .setLogsBloom("0x")
        .setFeePaid(BigDecimal.ZERO)
        .setClassification(kind)
        .build();
  }

  private static Log log(String address, String data, String... topics) {
    return Log.newBuilder()
        .setBlockNumber(5)
        .setBlockHash("0x" + "05".repeat(32))
        .setBlockTimestamp(1)
        .setTransactionHash("0x" + "ee".repeat(32))
        .setTransactionIndex(0)
        .setLogIndex(0)
        .setAddress(address)
        .setTopics(List.of(topics))
        .setData(data)
        .build();
  }

  private static String pad(String address) {
    return "0".repeat(24) + address.substring(2);
  }
}
