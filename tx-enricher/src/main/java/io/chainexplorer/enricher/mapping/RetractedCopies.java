package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import java.util.List;
import java.util.function.UnaryOperator;

/** Copies of derived records flagged {@code retracted = true}, keys and block hash unchanged. */
final class RetractedCopies {

  private RetractedCopies() {}

  static SplitBlock of(SplitBlock live) {
    return new SplitBlock(
        Block.newBuilder(live.block()).setRetracted(true).build(),
        each(live.transactions(), t -> Transaction.newBuilder(t).setRetracted(true).build()),
        each(live.logs(), l -> Log.newBuilder(l).setRetracted(true).build()),
        each(live.tokenTransfers(), t -> TokenTransfer.newBuilder(t).setRetracted(true).build()),
        each(live.contracts(), c -> ContractCreation.newBuilder(c).setRetracted(true).build()),
        each(
            live.internalTransactions(),
            i -> InternalTransaction.newBuilder(i).setRetracted(true).build()),
        live.stats(),
        live.malformedTokenLogs());
  }

  private static <T> List<T> each(List<T> records, UnaryOperator<T> retract) {
    return records.stream().map(retract).toList();
  }
}
