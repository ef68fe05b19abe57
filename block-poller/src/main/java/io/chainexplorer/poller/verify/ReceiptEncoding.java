package io.chainexplorer.poller.verify;

import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;

/**
 * The consensus encoding of a receipt that the receipts trie holds: {@code RLP([post-state root or
 * status, cumulative gas used, bloom, logs])}, in the typed envelope for typed transactions. Only
 * these four fields are committed; the rest of a receipt is checked against the transactions.
 */
final class ReceiptEncoding {

  private ReceiptEncoding() {}

  static byte[] encode(RawReceipt receipt) throws UnencodableException {
    RlpWriter out = new RlpWriter();
    encode(receipt, out);
    return out.toByteArray();
  }

  /** Appends the encoding of {@code receipt} to {@code out}. */
  static void encode(RawReceipt receipt, RlpWriter out) throws UnencodableException {
    int origin = out.size();
    out.closeGap(origin, encodeDetached(receipt, out));
  }

  /**
   * Appends the encoding of {@code receipt} to {@code out} after room for its trie leaf's prefix;
   * returns where it begins, it ends at {@code out.size()}.
   */
  static int encodeDetached(RawReceipt receipt, RlpWriter out) throws UnencodableException {
    int type = (int) receipt.getType();
    int payload = out.startDetachedList();
    outcome(receipt, out);
    out.quantity(receipt.getCumulativeGasUsed());
    out.data(receipt.getLogsBloom());
    int logs = out.startList();
    for (RawLog log : receipt.getLogs()) {
      int item = out.startList();
      out.data(log.getAddress());
      out.dataList(log.getTopics());
      out.data(log.getData());
      out.endList(item);
    }
    out.endList(logs);
    int begin = out.endDetachedList(payload);
    if (type == 0) {
      return begin;
    }
    out.put(begin - 1, type);
    return begin - 1;
  }

  /** Byzantium (EIP-658) replaced the intermediate state root by a status byte. */
  private static void outcome(RawReceipt receipt, RlpWriter out) throws UnencodableException {
    if (receipt.getRoot() != null) {
      out.data(receipt.getRoot());
    } else if (receipt.getStatus() == null) {
      throw new UnencodableException(
          "receipt " + receipt.getTransactionIndex() + " has neither status nor root");
    } else {
      out.quantity(receipt.getStatus());
    }
  }
}
