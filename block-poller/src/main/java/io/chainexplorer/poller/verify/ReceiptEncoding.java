package io.chainexplorer.poller.verify;

import static io.chainexplorer.poller.verify.RlpFields.data;
import static io.chainexplorer.poller.verify.RlpFields.quantity;

import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import java.util.ArrayList;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpType;

/**
 * The consensus encoding of a receipt that the receipts trie holds: {@code RLP([post-state root or
 * status, cumulative gas used, bloom, logs])}, in the typed envelope for typed transactions. Only
 * these four fields are committed; the rest of a receipt is checked against the transactions.
 */
final class ReceiptEncoding {

  private ReceiptEncoding() {}

  static byte[] encode(RawReceipt receipt) throws UnencodableException {
    List<RlpType> logs = new ArrayList<>(receipt.getLogs().size());
    for (RawLog log : receipt.getLogs()) {
      logs.add(
          new RlpList(
              data(log.getAddress()), RlpFields.hashList(log.getTopics()), data(log.getData())));
    }
    byte[] body =
        RlpEncoder.encode(
            new RlpList(
                outcome(receipt),
                quantity(receipt.getCumulativeGasUsed()),
                data(receipt.getLogsBloom()),
                new RlpList(logs)));
    int type = (int) receipt.getType();
    return type == 0 ? body : Envelope.typed(type, body);
  }

  /** Byzantium (EIP-658) replaced the intermediate state root by a status byte. */
  private static RlpType outcome(RawReceipt receipt) throws UnencodableException {
    if (receipt.getRoot() != null) {
      return data(receipt.getRoot());
    }
    if (receipt.getStatus() == null) {
      throw new UnencodableException(
          "receipt " + receipt.getTransactionIndex() + " has neither status nor root");
    }
    return quantity(receipt.getStatus());
  }
}
