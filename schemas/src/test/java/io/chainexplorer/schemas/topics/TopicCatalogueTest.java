package io.chainexplorer.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class TopicCatalogueTest {

  private final TopicCatalogue catalogue = TopicCatalogue.forChain("eth-mainnet");

  @Test
  void shouldQualifyTopicNamesWithChainEntityAndVersion() {
    assertThat(catalogue.rawBlocks().name()).isEqualTo("eth-mainnet.raw-blocks.v1");
    assertThat(catalogue.blockRetractions().name()).isEqualTo("eth-mainnet.block-retractions.v1");
    assertThat(catalogue.blocks().name()).isEqualTo("eth-mainnet.blocks.v1");
    assertThat(catalogue.transactions().name()).isEqualTo("eth-mainnet.transactions.v1");
    assertThat(catalogue.logs().name()).isEqualTo("eth-mainnet.logs.v1");
    assertThat(catalogue.tokenTransfers().name()).isEqualTo("eth-mainnet.token-transfers.v1");
    assertThat(catalogue.contracts().name()).isEqualTo("eth-mainnet.contracts.v1");
    assertThat(catalogue.decodedCalls().name()).isEqualTo("eth-mainnet.decoded-calls.v1");
    assertThat(catalogue.decodedEvents().name()).isEqualTo("eth-mainnet.decoded-events.v1");
    assertThat(catalogue.chainMetrics().name()).isEqualTo("eth-mainnet.chain-metrics.v1");
    assertThat(catalogue.apiKeyUsage().name()).isEqualTo("eth-mainnet.api-key-usage.v1");
    assertThat(catalogue.pollerCursor().name()).isEqualTo("eth-mainnet.poller-cursor.v1");
    assertThat(catalogue.userAbis().name()).isEqualTo("eth-mainnet.user-abis.v1");
  }

  @Test
  void shouldNameConfirmedAndDeadLetterTopicsUnderTheirOwnPrefix() {
    assertThat(catalogue.confirmedRawBlocks().name())
        .isEqualTo("eth-mainnet.confirmed.raw-blocks.v1");
    assertThat(catalogue.confirmedBlocks().name()).isEqualTo("eth-mainnet.confirmed.blocks.v1");
    assertThat(catalogue.confirmedTransactions().name())
        .isEqualTo("eth-mainnet.confirmed.transactions.v1");
    assertThat(catalogue.confirmedLogs().name()).isEqualTo("eth-mainnet.confirmed.logs.v1");
    assertThat(catalogue.confirmedTokenTransfers().name())
        .isEqualTo("eth-mainnet.confirmed.token-transfers.v1");
    assertThat(catalogue.confirmedContracts().name())
        .isEqualTo("eth-mainnet.confirmed.contracts.v1");
    assertThat(catalogue.internalTransactions().name())
        .isEqualTo("eth-mainnet.internal-transactions.v1");
    assertThat(catalogue.confirmedInternalTransactions().name())
        .isEqualTo("eth-mainnet.confirmed.internal-transactions.v1");
    assertThat(catalogue.tokens().name()).isEqualTo("eth-mainnet.tokens.v1");
    assertThat(catalogue.tokens().cleanupPolicy()).isEqualTo(CleanupPolicy.COMPACT);
    assertThat(catalogue.deadLetters(App.TX_ENRICHER).name())
        .isEqualTo("eth-mainnet.dlq.tx-enricher.v1");
    assertThat(catalogue.deadLetters(App.TX_ENRICHER).valueType()).isEqualTo(DeadLetter.class);
  }

  @Test
  void shouldListEveryTopicOnceWithoutDuplicateNames() {
    List<String> names = catalogue.all().stream().map(TopicSpec::name).collect(Collectors.toList());

    assertThat(names).doesNotHaveDuplicates().hasSize(23 + App.values().length);
    assertThat(names)
        .contains(catalogue.userAbis().name(), catalogue.deadLetters(App.HDFS_SINK).name());
    assertThat(names).allMatch(n -> n.matches("eth-mainnet\\.[a-z.-]+\\.v1"));
  }

  @Test
  void shouldReturnImmutableTopicList() {
    List<TopicSpec<?, ?>> all = catalogue.all();

    assertThatThrownBy(() -> all.add(catalogue.blocks()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldKeepChainsApart() {
    Set<String> sepolia =
        TopicCatalogue.forChain(ChainName.of("eth-sepolia")).all().stream()
            .map(TopicSpec::name)
            .collect(Collectors.toSet());

    assertThat(catalogue.all()).noneMatch(spec -> sepolia.contains(spec.name()));
  }

  @Test
  void shouldRejectInvalidChainName() {
    assertThatThrownBy(() -> TopicCatalogue.forChain("ETH"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeyBlockTopicsByNumberAndOthersByString() {
    assertThat(catalogue.rawBlocks().keyType()).isEqualTo(Long.class);
    assertThat(catalogue.blocks().keyType()).isEqualTo(Long.class);
    assertThat(catalogue.blockRetractions().keyType()).isEqualTo(Long.class);
    assertThat(catalogue.transactions().keyType()).isEqualTo(String.class);
    assertThat(catalogue.logs().keyMeaning()).contains("txHash:logIndex");
  }

  @Test
  void shouldCarryTheGeneratedSchemaOfEveryAvroValue() throws Exception {
    for (TopicSpec<?, ?> spec : catalogue.all()) {
      if (SpecificRecord.class.isAssignableFrom(spec.valueType())) {
        Object schema = spec.valueType().getMethod("getClassSchema").invoke(null);
        assertThat(spec.valueSchema()).as(spec.name()).isEqualTo(schema);
      }
    }
    assertThat(catalogue.rawBlocks().valueType()).isEqualTo(RawBlock.class);
    assertThat(catalogue.confirmedTransactions().valueType()).isEqualTo(Transaction.class);
  }

  @Test
  void shouldCompactStateTopicsAndKeepThemForever() {
    for (TopicSpec<?, ?> spec :
        List.of(catalogue.apiKeyUsage(), catalogue.pollerCursor(), catalogue.userAbis())) {
      assertThat(spec.cleanupPolicy()).as(spec.name()).isEqualTo(CleanupPolicy.COMPACT);
      assertThat(spec.retention()).as(spec.name()).isEmpty();
      assertThat(spec.topicConfigs())
          .containsEntry("cleanup.policy", "compact")
          .containsEntry("retention.ms", "-1");
    }
  }

  @Test
  void shouldDeleteEventTopicsAfterTheirRetention() {
    assertThat(catalogue.transactions().topicConfigs())
        .containsEntry("cleanup.policy", "delete")
        .containsEntry("retention.ms", Long.toString(Duration.ofDays(7).toMillis()));
  }
}
