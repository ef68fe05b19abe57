package io.chainexplorer.poller.verify;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The receipt fields outside the receipts trie, checked against what is committed: one receipt per
 * transaction in order, the transaction's hash, type, sender and recipient, gas used as the step of
 * cumulative gas, block-wide log positions, the effective gas price, the created contract's
 * address, blob gas, and the header's gas used.
 */
final class ReceiptConsistency {

  /** Blob gas of one blob (EIP-4844). */
  private static final long GAS_PER_BLOB = 131_072L;

  void check(RawBlock block, List<Mismatch> out) {
    List<RawTransaction> txs = block.getTransactions();
    List<RawReceipt> receipts = block.getReceipts();
    if (txs.size() != receipts.size()) {
      out.add(fail(receipts.size() + " receipts for " + txs.size() + " transactions"));
      return;
    }
    long cumulative = 0;
    long logIndex = 0;
    for (int i = 0; i < txs.size(); i++) {
      RawTransaction tx = txs.get(i);
      RawReceipt receipt = receipts.get(i);
      String problem = pairing(i, tx, receipt);
      if (problem == null) {
        problem = gas(block, tx, receipt, cumulative);
      }
      if (problem == null) {
        problem = logs(receipt, logIndex);
      }
      if (problem != null) {
        out.add(fail("transaction " + i + ": " + problem));
      }
      cumulative = receipt.getCumulativeGasUsed();
      logIndex += receipt.getLogs().size();
    }
    if (cumulative != block.getGasUsed()) {
      out.add(fail("receipts use " + cumulative + " gas, the header " + block.getGasUsed()));
    }
  }

  private static String pairing(int i, RawTransaction tx, RawReceipt receipt) {
    if (tx.getTransactionIndex() != i || receipt.getTransactionIndex() != i) {
      return "out of position";
    }
    if (!receipt.getTransactionHash().equals(tx.getHash())) {
      return "receipt of transaction " + receipt.getTransactionHash();
    }
    if (receipt.getType() != tx.getType()) {
      return "receipt type " + receipt.getType() + ", transaction type " + tx.getType();
    }
    if (!receipt.getFrom().equals(tx.getFrom()) || !Objects.equals(receipt.getTo(), tx.getTo())) {
      return "receipt sender or recipient differs from the transaction";
    }
    if (!Objects.equals(receipt.getContractAddress(), createdAddress(tx))) {
      return "contract address " + receipt.getContractAddress() + " is not the created one";
    }
    return null;
  }

  private static String gas(RawBlock block, RawTransaction tx, RawReceipt receipt, long before) {
    if (receipt.getGasUsed() != receipt.getCumulativeGasUsed() - before) {
      return "gas used " + receipt.getGasUsed() + " is not the cumulative step";
    }
    List<String> blobs = tx.getBlobVersionedHashes();
    long blobGas = blobs == null ? 0 : GAS_PER_BLOB * blobs.size();
    if (receipt.getBlobGasUsed() != null && receipt.getBlobGasUsed() != blobGas) {
      return "blob gas used " + receipt.getBlobGasUsed() + " for " + blobGas;
    }
    return fees(block, tx, receipt);
  }

  private static String fees(RawBlock block, RawTransaction tx, RawReceipt receipt) {
    BigDecimal price = effectivePrice(block, tx);
    if (price == null) {
      return null;
    }
    BigDecimal paid = receipt.getEffectiveGasPrice();
    if (paid != null && price.compareTo(paid) != 0) {
      return "effective gas price " + paid + ", fees give " + price;
    }
    BigDecimal reported = tx.getGasPrice();
    if (tx.getType() >= 2 && reported != null && price.compareTo(reported) != 0) {
      return "gas price " + reported + ", fees give " + price;
    }
    return null;
  }

  private static String logs(RawReceipt receipt, long firstIndex) {
    List<RawLog> logs = receipt.getLogs();
    for (int j = 0; j < logs.size(); j++) {
      RawLog log = logs.get(j);
      if (log.getLogIndex() != firstIndex + j) {
        return "log " + j + " at index " + log.getLogIndex() + ", expected " + (firstIndex + j);
      }
      if (log.getRemoved()) {
        return "log " + j + " is flagged removed";
      }
    }
    return null;
  }

  /** The price per gas paid: the gas price, or base fee plus capped tip for EIP-1559 fees. */
  private static BigDecimal effectivePrice(RawBlock block, RawTransaction tx) {
    if (tx.getType() < 2) {
      return tx.getGasPrice();
    }
    BigDecimal baseFee = block.getBaseFeePerGas();
    if (baseFee == null || tx.getMaxFeePerGas() == null || tx.getMaxPriorityFeePerGas() == null) {
      return null;
    }
    return tx.getMaxFeePerGas().min(baseFee.add(tx.getMaxPriorityFeePerGas()));
  }

  /** The address a creation deploys to: the last 20 bytes of keccak(RLP([sender, nonce])). */
  private static String createdAddress(RawTransaction tx) {
    if (tx.getTo() != null) {
      return null;
    }
    RlpWriter out = new RlpWriter(64);
    int start = out.startList();
    out.data(tx.getFrom());
    out.quantity(tx.getNonce());
    out.endList(start);
    byte[] hash = new byte[Keccak256.LENGTH];
    Keccak256.hash(out.buffer(), 0, out.size(), hash, 0);
    return HexBytes.hex(Arrays.copyOfRange(hash, 12, 32));
  }

  private static Mismatch fail(String detail) {
    return new Mismatch(Check.CONSISTENCY, detail);
  }
}
