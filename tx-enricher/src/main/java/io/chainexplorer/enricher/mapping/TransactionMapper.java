package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.Transaction;
import java.util.ArrayList;
import java.util.List;

/** Joins a raw transaction with its receipt into the {@code transactions} entity. */
public final class TransactionMapper {

  private TransactionMapper() {}

  /** The transaction entity, keyed by hash; the receipt must be this transaction's. */
  public static Transaction toTransaction(RawBlock block, RawTransaction tx, RawReceipt receipt) {
    return Transaction.newBuilder()
        .setBlockNumber(block.getBlockNumber())
        .setBlockHash(block.getBlockHash())
        .setBlockTimestamp(block.getBlockTimestamp())
        .setHash(tx.getHash())
        .setTransactionIndex(tx.getTransactionIndex())
        .setType(tx.getType())
        .setNonce(tx.getNonce())
        .setFrom(tx.getFrom())
        .setTo(tx.getTo())
        .setValue(tx.getValue())
        .setGas(tx.getGas())
        .setGasPrice(tx.getGasPrice())
        .setMaxFeePerGas(tx.getMaxFeePerGas())
        .setMaxPriorityFeePerGas(tx.getMaxPriorityFeePerGas())
        .setMaxFeePerBlobGas(tx.getMaxFeePerBlobGas())
        .setBlobVersionedHashes(copy(tx.getBlobVersionedHashes()))
        .setInput(tx.getInput())
        .setChainId(tx.getChainId())
        .setAccessList(copy(tx.getAccessList()))
        .setAuthorizationList(copy(tx.getAuthorizationList()))
        .setV(tx.getV())
        .setR(tx.getR())
        .setS(tx.getS())
        .setYParity(tx.getYParity())
        .setStatus(receipt.getStatus())
        .setRoot(receipt.getRoot())
        .setGasUsed(receipt.getGasUsed())
        .setCumulativeGasUsed(receipt.getCumulativeGasUsed())
        .setEffectiveGasPrice(Fees.effectiveGasPrice(tx, receipt))
        .setContractAddress(receipt.getContractAddress())
        .setLogsBloom(receipt.getLogsBloom())
        .setBlobGasUsed(receipt.getBlobGasUsed())
        .setBlobGasPrice(receipt.getBlobGasPrice())
        .setFeePaid(Fees.feePaid(tx, receipt))
        .setClassification(TransactionClassifier.classify(tx, receipt))
        .setRetracted(false)
        .build();
  }

  /** Key of the transactions topic. */
  public static String key(Transaction tx) {
    return tx.getHash();
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : new ArrayList<>(list);
  }
}
