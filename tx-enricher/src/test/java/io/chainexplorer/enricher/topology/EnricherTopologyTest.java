package io.chainexplorer.enricher.topology;

import static io.chainexplorer.enricher.topology.RawBlockBuilder.address;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.schemas.topics.TopicKeys;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnricherTopologyTest {

  private static final String TOKEN = address(0x70);

  private final EnricherDriver enricher = new EnricherDriver();

  @AfterEach
  void close() {
    enricher.close();
  }

  static RawBlockBuilder threeTransactions(long number, String fork) {
    return RawBlockBuilder.block(number, fork)
        .nativeTransfer(address(1), address(2), 5)
        .erc20Transfer(address(3), TOKEN, address(4), BigInteger.valueOf(1_000))
        .contractCreation(address(1), address(0xc0));
  }

  @Test
  void shouldPublishEveryEntityUnderItsKeyWhenARawBlockArrives() {
    RawBlockBuilder builder = threeTransactions(100, "a");
    enricher.pipe(builder.build());

    List<KeyValue<Long, Block>> blocks =
        enricher.output(enricher.topics.blocks()).readKeyValuesToList();
    assertThat(blocks)
        .singleElement()
        .satisfies(
            block -> {
              assertThat(block.key).isEqualTo(100L);
              assertThat(block.value.getBlockHash()).isEqualTo(builder.blockHash());
              assertThat(block.value.getTransactionCount()).isEqualTo(3);
              assertThat(block.value.getRetracted()).isFalse();
            });
    List<KeyValue<String, Transaction>> transactions =
        enricher.output(enricher.topics.transactions()).readKeyValuesToList();
    assertThat(transactions)
        .extracting(kv -> kv.key)
        .containsExactly(
            builder.transactionHash(0), builder.transactionHash(1), builder.transactionHash(2));
    assertThat(transactions)
        .allSatisfy(
            kv -> {
              assertThat(kv.value.getHash()).isEqualTo(kv.key);
              assertThat(kv.value.getBlockHash()).isEqualTo(builder.blockHash());
            });
    assertThat(transactions.get(0).value.getFeePaid())
        .isEqualByComparingTo(RawBlockBuilder.GAS_PRICE.multiply(BigDecimal.valueOf(21_000)));
    List<KeyValue<String, Log>> logs =
        enricher.output(enricher.topics.logs()).readKeyValuesToList();
    assertThat(logs)
        .singleElement()
        .satisfies(
            log -> assertThat(log.key).isEqualTo(TopicKeys.log(builder.transactionHash(1), 0)));
    List<KeyValue<String, TokenTransfer>> transfers =
        enricher.output(enricher.topics.tokenTransfers()).readKeyValuesToList();
    assertThat(transfers)
        .singleElement()
        .satisfies(
            transfer -> {
              assertThat(transfer.key)
                  .isEqualTo(TopicKeys.tokenTransfer(builder.transactionHash(1), 0, 0));
              assertThat(transfer.value.getTokenAddress()).isEqualTo(TOKEN);
              assertThat(transfer.value.getFrom()).isEqualTo(address(3));
              assertThat(transfer.value.getTo()).isEqualTo(address(4));
              assertThat(transfer.value.getAmount()).isEqualByComparingTo("1000");
            });
    List<KeyValue<String, ContractCreation>> contracts =
        enricher.output(enricher.topics.contracts()).readKeyValuesToList();
    assertThat(contracts)
        .singleElement()
        .satisfies(
            contract -> {
              assertThat(contract.key).isEqualTo(address(0xc0));
              assertThat(contract.value.getCreator()).isEqualTo(address(1));
            });
  }

  @Test
  void shouldRepublishRetractedCopiesWithTheSameKeysAndBlockHashWhenTheBlockIsRetracted() {
    RawBlock orphan = threeTransactions(100, "a").build();
    RawBlock canonical =
        RawBlockBuilder.block(100, "b").nativeTransfer(address(5), address(6), 1).build();
    enricher.pipe(orphan);
    var live = readAll();

    enricher.retract(orphan, canonical.getBlockHash());
    enricher.pipe(canonical);

    List<KeyValue<String, Transaction>> transactions =
        enricher.output(enricher.topics.transactions()).readKeyValuesToList();
    assertThat(transactions).hasSize(4);
    assertThat(transactions.subList(0, 3))
        .allSatisfy(
            kv -> {
              assertThat(kv.value.getRetracted()).isTrue();
              assertThat(kv.value.getBlockHash()).isEqualTo(orphan.getBlockHash());
            })
        .extracting(kv -> kv.key)
        .containsExactlyElementsOf(live.transactionKeys());
    assertThat(transactions.get(3).value.getRetracted()).isFalse();
    assertThat(transactions.get(3).value.getBlockHash()).isEqualTo(canonical.getBlockHash());
    List<KeyValue<Long, Block>> blocks =
        enricher.output(enricher.topics.blocks()).readKeyValuesToList();
    assertThat(blocks).extracting(kv -> kv.value.getRetracted()).containsExactly(true, false);
    assertThat(blocks.get(0).value.getBlockHash()).isEqualTo(orphan.getBlockHash());
    assertThat(enricher.output(enricher.topics.logs()).readKeyValuesToList())
        .singleElement()
        .satisfies(kv -> assertThat(kv.value.getRetracted()).isTrue());
    assertThat(enricher.output(enricher.topics.tokenTransfers()).readKeyValuesToList())
        .singleElement()
        .satisfies(kv -> assertThat(kv.value.getRetracted()).isTrue());
    assertThat(enricher.output(enricher.topics.contracts()).readKeyValuesToList())
        .singleElement()
        .satisfies(kv -> assertThat(kv.value.getRetracted()).isTrue());
  }

  @Test
  void shouldPublishNothingAndCountWhenARetractionMatchesNoRetainedBlock() {
    RawBlock never = threeTransactions(7, "a").build();

    enricher.retract(never, RawBlockBuilder.hash("b", 7));

    assertThat(enricher.output(enricher.topics.transactions()).isEmpty()).isTrue();
    assertThat(enricher.output(enricher.topics.blocks()).isEmpty()).isTrue();
    assertThat(enricher.registry.find(EnricherTopology.UNMATCHED_RETRACTIONS).counter().count())
        .isEqualTo(1);
  }

  @Test
  void shouldPublishNoRetractedCopiesButFreeTheHeightWhenTheRawRecordIsGone() {
    RawBlock orphan = threeTransactions(8, "a").build();
    enricher.pipe(orphan);
    readAll();
    enricher.output(enricher.topics.chainMetrics()).readValuesToList();
    enricher.rawTopic.forgetAll();

    enricher.retract(orphan, RawBlockBuilder.hash("b", 8));

    assertThat(enricher.output(enricher.topics.transactions()).isEmpty()).isTrue();
    assertThat(enricher.output(enricher.topics.blocks()).isEmpty()).isTrue();
    assertThat(enricher.registry.find(EnricherTopology.UNMATCHED_RETRACTIONS).counter().count())
        .isEqualTo(1);
    assertThat(enricher.output(enricher.topics.chainMetrics()).readValuesToList())
        .as("the height's figures leave its minute even without the raw record")
        .containsExactly((ChainMetrics) null);
  }

  @Test
  void shouldNotRetractABlockEvictedFromTheRetainedWindow() {
    try (EnricherDriver small = new EnricherDriver(2)) {
      RawBlock first = threeTransactions(10, "a").build();
      small.pipe(first);
      small.pipe(RawBlockBuilder.block(11, "a").build());
      small.pipe(RawBlockBuilder.block(13, "a").build());
      small.output(small.topics.blocks()).readKeyValuesToList();

      small.retract(first, RawBlockBuilder.hash("b", 10));

      assertThat(small.output(small.topics.blocks()).isEmpty()).isTrue();
      assertThat(small.registry.find(EnricherTopology.UNMATCHED_RETRACTIONS).counter().count())
          .isEqualTo(1);
    }
  }

  @Test
  void shouldKeepExactlyTheWindowRetractableWhenBlocksArriveOneHeightAtATime() {
    try (EnricherDriver small = new EnricherDriver(2)) {
      List<RawBlock> blocks = new ArrayList<>();
      for (long number = 10; number <= 16; number++) {
        blocks.add(threeTransactions(number, "a").build());
        small.pipe(blocks.get(blocks.size() - 1));
      }
      small.output(small.topics.blocks()).readKeyValuesToList();

      small.retract(blocks.get(3), RawBlockBuilder.hash("b", 13));
      small.retract(blocks.get(4), RawBlockBuilder.hash("b", 14));

      assertThat(small.output(small.topics.blocks()).readKeyValuesToList())
          .singleElement()
          .satisfies(
              kv -> {
                assertThat(kv.key).isEqualTo(14L);
                assertThat(kv.value.getRetracted()).isTrue();
              });
      assertThat(small.registry.find(EnricherTopology.UNMATCHED_RETRACTIONS).counter().count())
          .isEqualTo(1);
    }
  }

  @Test
  void shouldRetractABlockOnlyOnceWhenTheRetractionIsRepeated() {
    RawBlock orphan = threeTransactions(100, "a").build();
    enricher.pipe(orphan);
    enricher.retract(orphan, RawBlockBuilder.hash("b", 100));
    enricher.retract(orphan, RawBlockBuilder.hash("b", 100));

    assertThat(enricher.output(enricher.topics.blocks()).readValuesToList())
        .extracting(Block::getRetracted)
        .containsExactly(false, true);
  }

  @Test
  void shouldPublishTheBlockAndCountTheTokenEventWhenATransferLogIsMalformed() {
    enricher.pipe(
        RawBlockBuilder.block(12, "a")
            .erc20Transfer(address(3), TOKEN, address(4), "0x01")
            .build());

    assertThat(enricher.keys(enricher.topics.blocks())).containsExactly(12L);
    assertThat(enricher.keys(enricher.topics.logs())).hasSize(1);
    assertThat(enricher.output(enricher.topics.tokenTransfers()).isEmpty()).isTrue();
    assertThat(enricher.registry.find(EnricherTopology.MALFORMED_TOKEN_EVENTS).counter().count())
        .isEqualTo(1);
  }

  @Test
  void shouldDeriveTheConfirmedTopicsFromConfirmedRawBlocksOnly() {
    RawBlockBuilder builder = threeTransactions(90, "a");
    enricher.confirmedRawBlocks.pipeInput(90L, builder.build());

    assertThat(enricher.output(enricher.topics.confirmedBlocks()).readKeyValuesToList())
        .singleElement()
        .satisfies(kv -> assertThat(kv.key).isEqualTo(90L));
    assertThat(enricher.keys(enricher.topics.confirmedTransactions()))
        .containsExactly(
            builder.transactionHash(0), builder.transactionHash(1), builder.transactionHash(2));
    assertThat(enricher.output(enricher.topics.confirmedLogs()).getQueueSize()).isEqualTo(1);
    assertThat(enricher.output(enricher.topics.confirmedTokenTransfers()).getQueueSize())
        .isEqualTo(1);
    assertThat(enricher.keys(enricher.topics.confirmedContracts())).containsExactly(address(0xc0));
    assertThat(enricher.output(enricher.topics.blocks()).isEmpty()).isTrue();
    assertThat(enricher.output(enricher.topics.transactions()).isEmpty()).isTrue();
    assertThat(enricher.output(enricher.topics.chainMetrics()).isEmpty()).isTrue();
  }

  private Live readAll() {
    List<String> keys = enricher.keys(enricher.topics.transactions());
    enricher.output(enricher.topics.blocks()).readKeyValuesToList();
    enricher.output(enricher.topics.logs()).readKeyValuesToList();
    enricher.output(enricher.topics.tokenTransfers()).readKeyValuesToList();
    enricher.output(enricher.topics.contracts()).readKeyValuesToList();
    return new Live(keys);
  }

  private record Live(List<String> transactionKeys) {}
}
