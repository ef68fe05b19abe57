package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.enricher.metrics.BlockStats;
import java.util.List;

/**
 * Everything derived from one valid raw block, in block order; {@code malformedTokenLogs} lists (by
 * {@code txHash:logIndex} and reason) the token events skipped because their encoding was bad.
 */
public record SplitBlock(
    Block block,
    List<Transaction> transactions,
    List<Log> logs,
    List<TokenTransfer> tokenTransfers,
    List<ContractCreation> contracts,
    List<InternalTransaction> internalTransactions,
    BlockStats stats,
    List<String> malformedTokenLogs)
    implements SplitOutcome {

  public SplitBlock {
    transactions = List.copyOf(transactions);
    logs = List.copyOf(logs);
    tokenTransfers = List.copyOf(tokenTransfers);
    contracts = List.copyOf(contracts);
    internalTransactions = List.copyOf(internalTransactions);
    malformedTokenLogs = List.copyOf(malformedTokenLogs);
  }

  /**
   * The same records with {@code retracted = true}: what the enricher re-publishes when the poller
   * retracts this block (same keys, same block hash). Stats are unchanged: subtract them.
   */
  public SplitBlock asRetraction() {
    return RetractedCopies.of(this);
  }
}
