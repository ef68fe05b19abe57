package io.chainexplorer.enricher.topology;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;

/** The six entity topics of one branch: the live ones or their confirmed copies. */
record EntityTopics(
    String branch,
    TopicSpec<Long, Block> blocks,
    TopicSpec<String, Transaction> transactions,
    TopicSpec<String, Log> logs,
    TopicSpec<String, TokenTransfer> tokenTransfers,
    TopicSpec<String, ContractCreation> contracts,
    TopicSpec<String, InternalTransaction> internalTransactions) {

  static EntityTopics live(TopicCatalogue topics) {
    return new EntityTopics(
        "live",
        topics.blocks(),
        topics.transactions(),
        topics.logs(),
        topics.tokenTransfers(),
        topics.contracts(),
        topics.internalTransactions());
  }

  static EntityTopics confirmed(TopicCatalogue topics) {
    return new EntityTopics(
        "confirmed",
        topics.confirmedBlocks(),
        topics.confirmedTransactions(),
        topics.confirmedLogs(),
        topics.confirmedTokenTransfers(),
        topics.confirmedContracts(),
        topics.confirmedInternalTransactions());
  }
}
