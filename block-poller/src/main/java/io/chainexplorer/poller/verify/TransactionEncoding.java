package io.chainexplorer.poller.verify;

import static io.chainexplorer.poller.verify.RlpFields.data;
import static io.chainexplorer.poller.verify.RlpFields.hexQuantity;
import static io.chainexplorer.poller.verify.RlpFields.quantity;

import io.chainexplorer.avro.AccessListEntry;
import io.chainexplorer.avro.Authorization;
import io.chainexplorer.avro.RawTransaction;
import java.util.ArrayList;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpType;

/**
 * The canonical (signed, network) encoding of a transaction whose Keccak-256 is its hash and which
 * the transactions trie holds: RLP for legacy transactions, {@code type || RLP(fields)} for
 * EIP-2718 typed ones (2930 access list, 1559 dynamic fee, 4844 blob, 7702 set code).
 */
final class TransactionEncoding {

  private TransactionEncoding() {}

  static byte[] encode(RawTransaction tx) throws UnencodableException {
    int type = (int) tx.getType();
    List<RlpType> fields =
        switch (type) {
          case 0 -> legacy(tx);
          case 1 -> accessList(tx);
          case 2 -> dynamicFee(tx);
          case 3 -> blob(tx);
          case 4 -> setCode(tx);
          default -> throw new UnencodableException("transaction type " + tx.getType());
        };
    byte[] body = RlpEncoder.encode(new RlpList(fields));
    return type == 0 ? body : Envelope.typed(type, body);
  }

  private static List<RlpType> legacy(RawTransaction tx) throws UnencodableException {
    List<RlpType> fields = new ArrayList<>(9);
    fields.add(quantity(tx.getNonce()));
    fields.add(quantity(required(tx.getGasPrice(), "gasPrice", tx)));
    call(tx, fields);
    fields.add(quantity(required(tx.getV(), "v", tx)));
    fields.add(hexQuantity(tx.getR()));
    fields.add(hexQuantity(tx.getS()));
    return fields;
  }

  private static List<RlpType> accessList(RawTransaction tx) throws UnencodableException {
    List<RlpType> fields = new ArrayList<>(11);
    fields.add(quantity(required(tx.getChainId(), "chainId", tx)));
    fields.add(quantity(tx.getNonce()));
    fields.add(quantity(required(tx.getGasPrice(), "gasPrice", tx)));
    call(tx, fields);
    fields.add(accessList(tx.getAccessList()));
    signature(tx, fields);
    return fields;
  }

  /** Gas limit, recipient (empty for a creation), value and call data, shared by every type. */
  private static void call(RawTransaction tx, List<RlpType> fields) {
    fields.add(quantity(tx.getGas()));
    fields.add(data(tx.getTo()));
    fields.add(quantity(tx.getValue()));
    fields.add(data(tx.getInput()));
  }

  private static List<RlpType> dynamicFee(RawTransaction tx) throws UnencodableException {
    List<RlpType> fields = feeMarketHead(tx);
    signature(tx, fields);
    return fields;
  }

  private static List<RlpType> blob(RawTransaction tx) throws UnencodableException {
    List<RlpType> fields = feeMarketHead(tx);
    fields.add(quantity(required(tx.getMaxFeePerBlobGas(), "maxFeePerBlobGas", tx)));
    fields.add(
        RlpFields.hashList(required(tx.getBlobVersionedHashes(), "blobVersionedHashes", tx)));
    signature(tx, fields);
    return fields;
  }

  private static List<RlpType> setCode(RawTransaction tx) throws UnencodableException {
    List<RlpType> fields = feeMarketHead(tx);
    List<Authorization> list = required(tx.getAuthorizationList(), "authorizationList", tx);
    List<RlpType> items = new ArrayList<>(list.size());
    for (Authorization auth : list) {
      items.add(
          new RlpList(
              quantity(auth.getChainId()),
              data(auth.getAddress()),
              quantity(auth.getNonce()),
              quantity(auth.getYParity()),
              hexQuantity(auth.getR()),
              hexQuantity(auth.getS())));
    }
    fields.add(new RlpList(items));
    signature(tx, fields);
    return fields;
  }

  /** chainId, nonce, max priority fee, max fee, gas, to, value, data, access list (EIP-1559). */
  private static List<RlpType> feeMarketHead(RawTransaction tx) throws UnencodableException {
    List<RlpType> fields = new ArrayList<>(14);
    fields.add(quantity(required(tx.getChainId(), "chainId", tx)));
    fields.add(quantity(tx.getNonce()));
    fields.add(quantity(required(tx.getMaxPriorityFeePerGas(), "maxPriorityFeePerGas", tx)));
    fields.add(quantity(required(tx.getMaxFeePerGas(), "maxFeePerGas", tx)));
    call(tx, fields);
    fields.add(accessList(tx.getAccessList()));
    return fields;
  }

  private static RlpList accessList(List<AccessListEntry> entries) {
    if (entries == null) {
      return new RlpList();
    }
    List<RlpType> items = new ArrayList<>(entries.size());
    for (AccessListEntry entry : entries) {
      items.add(new RlpList(data(entry.getAddress()), RlpFields.hashList(entry.getStorageKeys())));
    }
    return new RlpList(items);
  }

  /** y parity, r, s; nodes that predate the {@code yParity} field send it as {@code v}. */
  private static void signature(RawTransaction tx, List<RlpType> fields)
      throws UnencodableException {
    Long parity = tx.getYParity() != null ? tx.getYParity() : tx.getV();
    fields.add(quantity(required(parity, "yParity", tx)));
    fields.add(hexQuantity(tx.getR()));
    fields.add(hexQuantity(tx.getS()));
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
