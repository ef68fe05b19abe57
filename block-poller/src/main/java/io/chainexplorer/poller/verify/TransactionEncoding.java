package io.chainexplorer.poller.verify;

import io.chainexplorer.avro.AccessListEntry;
import io.chainexplorer.avro.Authorization;
import io.chainexplorer.avro.RawTransaction;
import java.util.List;

/**
 * The canonical (signed, network) encoding of a transaction whose Keccak-256 is its hash and which
 * the transactions trie holds: RLP for legacy transactions, {@code type || RLP(fields)} for
 * EIP-2718 typed ones (2930 access list, 1559 dynamic fee, 4844 blob, 7702 set code).
 */
final class TransactionEncoding {

  private TransactionEncoding() {}

  static byte[] encode(RawTransaction tx) throws UnencodableException {
    RlpWriter out = new RlpWriter();
    encode(tx, out);
    return out.toByteArray();
  }

  /** Appends the encoding of {@code tx} to {@code out}. */
  static void encode(RawTransaction tx, RlpWriter out) throws UnencodableException {
    int origin = out.size();
    out.closeGap(origin, encodeDetached(tx, out));
  }

  /**
   * Appends the encoding of {@code tx} to {@code out} after room for its trie leaf's prefix (see
   * {@link RlpWriter#DETACHED_ROOM}), so that neither its hash nor its leaf moves it; returns where
   * it begins, it ends at {@code out.size()}.
   */
  static int encodeDetached(RawTransaction tx, RlpWriter out) throws UnencodableException {
    int type = (int) tx.getType();
    if (type < 0 || type > 4) {
      throw new UnencodableException("transaction type " + tx.getType());
    }
    int payload = out.startDetachedList();
    switch (type) {
      case 0 -> legacy(tx, out);
      case 1 -> accessList(tx, out);
      case 2 -> feeMarketHead(tx, out);
      case 3 -> blob(tx, out);
      default -> setCode(tx, out);
    }
    if (type != 0) {
      signature(tx, out);
    }
    int begin = out.endDetachedList(payload);
    if (type == 0) {
      return begin;
    }
    out.put(begin - 1, type);
    return begin - 1;
  }

  private static void legacy(RawTransaction tx, RlpWriter out) throws UnencodableException {
    out.quantity(tx.getNonce());
    out.quantity(required(tx.getGasPrice(), "gasPrice", tx));
    call(tx, out);
    out.quantity(required(tx.getV(), "v", tx));
    out.hexQuantity(tx.getR());
    out.hexQuantity(tx.getS());
  }

  private static void accessList(RawTransaction tx, RlpWriter out) throws UnencodableException {
    out.quantity(required(tx.getChainId(), "chainId", tx));
    out.quantity(tx.getNonce());
    out.quantity(required(tx.getGasPrice(), "gasPrice", tx));
    call(tx, out);
    accessList(tx.getAccessList(), out);
  }

  /** Gas limit, recipient (empty for a creation), value and call data, shared by every type. */
  private static void call(RawTransaction tx, RlpWriter out) {
    out.quantity(tx.getGas());
    out.data(tx.getTo());
    out.quantity(tx.getValue());
    out.data(tx.getInput());
  }

  private static void blob(RawTransaction tx, RlpWriter out) throws UnencodableException {
    feeMarketHead(tx, out);
    out.quantity(required(tx.getMaxFeePerBlobGas(), "maxFeePerBlobGas", tx));
    out.dataList(required(tx.getBlobVersionedHashes(), "blobVersionedHashes", tx));
  }

  private static void setCode(RawTransaction tx, RlpWriter out) throws UnencodableException {
    feeMarketHead(tx, out);
    List<Authorization> list = required(tx.getAuthorizationList(), "authorizationList", tx);
    int items = out.startList();
    for (Authorization auth : list) {
      int item = out.startList();
      out.quantity(auth.getChainId());
      out.data(auth.getAddress());
      out.quantity(auth.getNonce());
      out.quantity(auth.getYParity());
      out.hexQuantity(auth.getR());
      out.hexQuantity(auth.getS());
      out.endList(item);
    }
    out.endList(items);
  }

  /** chainId, nonce, max priority fee, max fee, gas, to, value, data, access list (EIP-1559). */
  private static void feeMarketHead(RawTransaction tx, RlpWriter out) throws UnencodableException {
    out.quantity(required(tx.getChainId(), "chainId", tx));
    out.quantity(tx.getNonce());
    out.quantity(required(tx.getMaxPriorityFeePerGas(), "maxPriorityFeePerGas", tx));
    out.quantity(required(tx.getMaxFeePerGas(), "maxFeePerGas", tx));
    call(tx, out);
    accessList(tx.getAccessList(), out);
  }

  private static void accessList(List<AccessListEntry> entries, RlpWriter out) {
    int items = out.startList();
    if (entries != null) {
      for (AccessListEntry entry : entries) {
        int item = out.startList();
        out.data(entry.getAddress());
        out.dataList(entry.getStorageKeys());
        out.endList(item);
      }
    }
    out.endList(items);
  }

  /** y parity, r, s; nodes that predate the {@code yParity} field send it as {@code v}. */
  private static void signature(RawTransaction tx, RlpWriter out) throws UnencodableException {
    Long parity = tx.getYParity() != null ? tx.getYParity() : tx.getV();
    out.quantity(required(parity, "yParity", tx));
    out.hexQuantity(tx.getR());
    out.hexQuantity(tx.getS());
  }

  private static <T> T required(T value, String field, RawTransaction tx)
      throws UnencodableException {
    if (value == null) {
      throw new UnencodableException(
          "transaction "
              + tx.getTransactionIndex()
              + " of type "
              + tx.getType()
              + " lacks "
              + field);
    }
    return value;
  }
}
