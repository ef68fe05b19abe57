package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.Withdrawal;
import java.util.List;
import java.util.Optional;

/**
 * Checks what the split relies on: one receipt per transaction in the same order and with the same
 * hash, logs in strictly increasing block-wide index order (unique {@code txHash:logIndex} keys),
 * no logs on failed or removed receipts, and hex fields of the right size. The reason names the
 * block number and the field.
 */
public final class BlockValidator {

  private static final int MAX_TOPICS = 4;

  /** Digits of 2^256-1: the precision of every uint256 field, fees paid included. */
  private static final int UINT256_DIGITS = 78;

  private BlockValidator() {}

  /** Empty when the block can be split, otherwise why not. */
  public static Optional<String> validate(RawBlock block) {
    String problem = header(block);
    if (problem == null) {
      problem = pairs(block);
    }
    if (problem == null) {
      problem = withdrawals(block.getWithdrawals());
    }
    return Optional.ofNullable(problem).map(p -> "block " + block.getBlockNumber() + ": " + p);
  }

  private static String header(RawBlock block) {
    if (!HexShapes.isHash(block.getBlockHash())) {
      return "blockHash is not a 32-byte hex hash";
    }
    if (!HexShapes.isHash(block.getParentHash())) {
      return "parentHash is not a 32-byte hex hash";
    }
    if (!HexShapes.isAddress(block.getMiner())) {
      return "miner is not a 20-byte hex address";
    }
    int txs = block.getTransactions().size();
    int receipts = block.getReceipts().size();
    if (txs != receipts) {
      return "receipts count " + receipts + " differs from transactions count " + txs;
    }
    return null;
  }

  private static String pairs(RawBlock block) {
    long lastLogIndex = -1;
    long lastCumulativeGas = 0;
    for (int i = 0; i < block.getTransactions().size(); i++) {
      RawTransaction tx = block.getTransactions().get(i);
      RawReceipt receipt = block.getReceipts().get(i);
      String problem = transaction(i, tx);
      if (problem == null) {
        problem = receipt(i, tx, receipt, lastCumulativeGas);
      }
      if (problem == null) {
        problem = logs(i, receipt, lastLogIndex);
      }
      if (problem != null) {
        return problem;
      }
      lastCumulativeGas = receipt.getCumulativeGasUsed();
      if (!receipt.getLogs().isEmpty()) {
        lastLogIndex = receipt.getLogs().get(receipt.getLogs().size() - 1).getLogIndex();
      }
    }
    return null;
  }

  private static String transaction(int i, RawTransaction tx) {
    if (!HexShapes.isHash(tx.getHash())) {
      return transactionAt(i) + "hash is not a 32-byte hex hash";
    }
    if (tx.getTransactionIndex() != i) {
      return transactionAt(i)
          + "transactionIndex is "
          + tx.getTransactionIndex()
          + ", expected "
          + i;
    }
    if (!HexShapes.isAddress(tx.getFrom())) {
      return transactionAt(i) + "from is not a 20-byte hex address";
    }
    if (tx.getTo() != null && !HexShapes.isAddress(tx.getTo())) {
      return transactionAt(i) + "to is not a 20-byte hex address";
    }
    if (!HexShapes.isHexData(tx.getInput())) {
      return transactionAt(i) + "input is not 0x-hex bytes";
    }
    return null;
  }

  private static String receipt(int i, RawTransaction tx, RawReceipt receipt, long lastGas) {
    if (!tx.getHash().equalsIgnoreCase(receipt.getTransactionHash())) {
      return receiptAt(i)
          + "transactionHash "
          + receipt.getTransactionHash()
          + " is not "
          + tx.getHash();
    }
    if (receipt.getTransactionIndex() != i) {
      return receiptAt(i)
          + "transactionIndex is "
          + receipt.getTransactionIndex()
          + ", expected "
          + i;
    }
    if (receipt.getGasUsed() < 0 || receipt.getCumulativeGasUsed() < lastGas) {
      return receiptAt(i) + "cumulativeGasUsed " + receipt.getCumulativeGasUsed() + " decreases";
    }
    if (Fees.effectiveGasPrice(tx, receipt) == null) {
      return receiptAt(i) + "effectiveGasPrice is missing and the transaction has no gasPrice";
    }
    if (Fees.feePaid(tx, receipt).precision() > UINT256_DIGITS) {
      return receiptAt(i) + "effectiveGasPrice gives a fee beyond uint256";
    }
    if (receipt.getContractAddress() != null
        && !HexShapes.isAddress(receipt.getContractAddress())) {
      return receiptAt(i) + "contractAddress is not a 20-byte hex address";
    }
    return status(i, receipt);
  }

  private static String status(int i, RawReceipt receipt) {
    Long status = receipt.getStatus();
    if (status == null) {
      return null;
    }
    if (status != 0L && status != 1L) {
      return receiptAt(i) + "status is " + status + ", expected 0 or 1";
    }
    if (status == 0L && !receipt.getLogs().isEmpty()) {
      return receiptAt(i) + "logs present on a failed (status 0) receipt";
    }
    return null;
  }

  private static String logs(int i, RawReceipt receipt, long lastLogIndex) {
    long previous = lastLogIndex;
    List<RawLog> logs = receipt.getLogs();
    for (int j = 0; j < logs.size(); j++) {
      RawLog log = logs.get(j);
      if (log.getLogIndex() <= previous) {
        return logAt(i, j) + "logIndex " + log.getLogIndex() + " does not follow " + previous;
      }
      if (log.getRemoved()) {
        return logAt(i, j) + "removed is true in a canonical block";
      }
      if (!HexShapes.isAddress(log.getAddress())) {
        return logAt(i, j) + "address is not a 20-byte hex address";
      }
      if (log.getTopics().size() > MAX_TOPICS
          || !log.getTopics().stream().allMatch(HexShapes::isHash)) {
        return logAt(i, j) + "topics are not 0 to 4 32-byte hex words";
      }
      if (!HexShapes.isHexData(log.getData())) {
        return logAt(i, j) + "data is not 0x-hex bytes";
      }
      previous = log.getLogIndex();
    }
    return null;
  }

  private static String withdrawals(List<Withdrawal> withdrawals) {
    if (withdrawals == null) {
      return null;
    }
    for (int i = 0; i < withdrawals.size(); i++) {
      if (!HexShapes.isAddress(withdrawals.get(i).getAddress())) {
        return "withdrawals[" + i + "].address is not a 20-byte hex address";
      }
    }
    return null;
  }

  // Field paths are built only for the reason of a failure: a valid block is the common case.
  private static String transactionAt(int i) {
    return "transactions[" + i + "].";
  }

  private static String receiptAt(int i) {
    return "receipts[" + i + "].";
  }

  private static String logAt(int i, int j) {
    return receiptAt(i) + "logs[" + j + "].";
  }
}
