package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.enricher.contracts.ContractCreationExtractor;
import io.chainexplorer.enricher.contracts.TracedCreations;
import io.chainexplorer.enricher.metrics.BlockStats;
import io.chainexplorer.enricher.metrics.InternalCalls;
import io.chainexplorer.enricher.tokens.TokenExtraction;
import io.chainexplorer.enricher.tokens.TokenTransferExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a raw block into its entities (pure, deterministic, never throws, never null): a {@link
 * SplitBlock}, or an {@link InvalidBlock} naming the block and the field that failed validation.
 */
public final class BlockSplitter {

  private BlockSplitter() {}

  public static SplitOutcome split(RawBlock raw) {
    if (raw == null) {
      return new InvalidBlock(-1, "raw block is null");
    }
    try {
      Optional<String> problem = BlockValidator.validate(raw);
      if (problem.isPresent()) {
        return new InvalidBlock(raw.getBlockNumber(), problem.get());
      }
      return splitValid(raw);
    } catch (RuntimeException unexpected) {
      // A field shape the validator does not know (a null where the schema forbids one, say):
      // the block is still bad input for the dead-letter topic, not a crash of the stream.
      return new InvalidBlock(
          raw.getBlockNumber(),
          "block "
              + raw.getBlockNumber()
              + ": unexpected field shape ("
              + unexpected.getClass().getSimpleName()
              + ": "
              + unexpected.getMessage()
              + ")");
    }
  }

  private static SplitBlock splitValid(RawBlock raw) {
    Block block = BlockMapper.toBlock(raw);
    int count = raw.getTransactions().size();
    List<Transaction> transactions = new ArrayList<>(count);
    List<Log> logs = new ArrayList<>();
    List<TokenTransfer> transfers = new ArrayList<>();
    List<ContractCreation> contracts = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RawTransaction rawTx = raw.getTransactions().get(i);
      RawReceipt receipt = raw.getReceipts().get(i);
      Transaction tx = TransactionMapper.toTransaction(raw, rawTx, receipt);
      List<Log> txLogs = LogMapper.toLogs(raw, receipt);
      transactions.add(tx);
      logs.addAll(txLogs);
      for (Log log : txLogs) {
        TokenExtraction extraction = TokenTransferExtractor.extract(log);
        if (extraction instanceof TokenExtraction.Transfers found) {
          transfers.addAll(found.transfers());
        } else if (extraction instanceof TokenExtraction.Malformed bad) {
          malformed.add(bad.reason());
        }
      }
      contracts.addAll(ContractCreationExtractor.extract(tx, txLogs));
    }
    contracts.addAll(TracedCreations.extract(raw, contracts));
    List<InternalTransaction> internal = InternalTransactionMapper.map(raw);
    BlockStats stats =
        BlockStats.of(
            block, transactions, raw.getTraces() == null ? null : InternalCalls.of(internal));
    return new SplitBlock(
        block, transactions, logs, transfers, contracts, internal, stats, malformed);
  }
}
