package io.chainexplorer.poller.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.AccessListEntry;
import io.chainexplorer.avro.Authorization;
import io.chainexplorer.avro.RawTransaction;
import java.util.ArrayList;
import java.util.List;

/** Maps one full JSON-RPC transaction object (any type 0–4) to a {@link RawTransaction}. */
final class RawTransactionMapper {

  private final JsonFields fields;

  RawTransactionMapper(JsonFields fields) {
    this.fields = fields;
  }

  RawTransaction map(JsonNode tx, String path) throws MalformedBlockException {
    if (!tx.isObject()) {
      throw fields.malformed(path, "is not a transaction object (was the block fetched full?)");
    }
    return RawTransaction.newBuilder()
        .setHash(fields.hash(tx, path, "hash"))
        .setTransactionIndex(fields.quantity(tx, path, "transactionIndex"))
        .setType(type(tx, path))
        .setNonce(fields.quantity(tx, path, "nonce"))
        .setFrom(fields.address(tx, path, "from"))
        .setTo(fields.optAddress(tx, path, "to"))
        .setValue(fields.uint256(tx, path, "value"))
        .setGas(fields.quantity(tx, path, "gas"))
        .setGasPrice(fields.optUint256(tx, path, "gasPrice"))
        .setMaxFeePerGas(fields.optUint256(tx, path, "maxFeePerGas"))
        .setMaxPriorityFeePerGas(fields.optUint256(tx, path, "maxPriorityFeePerGas"))
        .setMaxFeePerBlobGas(fields.optUint256(tx, path, "maxFeePerBlobGas"))
        .setBlobVersionedHashes(fields.optHashes(tx, path, "blobVersionedHashes"))
        .setInput(fields.data(tx, path, "input"))
        .setChainId(fields.optQuantity(tx, path, "chainId"))
        .setAccessList(accessList(tx, path))
        .setAuthorizationList(authorizations(tx, path))
        .setV(fields.optQuantity(tx, path, "v"))
        .setR(fields.quantityText(tx, path, "r"))
        .setS(fields.quantityText(tx, path, "s"))
        .setYParity(fields.optQuantity(tx, path, "yParity"))
        .build();
  }

  /** Nodes from before EIP-2718 (Berlin) send no type: every transaction then was legacy. */
  private long type(JsonNode tx, String path) throws MalformedBlockException {
    if (!tx.has("type")) {
      return 0L;
    }
    return fields.quantity(tx, path, "type");
  }

  private List<AccessListEntry> accessList(JsonNode tx, String path)
      throws MalformedBlockException {
    if (!JsonFields.present(tx, "accessList")) {
      return null;
    }
    JsonNode list = fields.array(tx, path, "accessList");
    List<AccessListEntry> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String entryPath = JsonFields.join(path, "accessList[" + i + "]");
      JsonNode entry = list.get(i);
      out.add(
          AccessListEntry.newBuilder()
              .setAddress(fields.address(entry, entryPath, "address"))
              .setStorageKeys(fields.hashes(entry, entryPath, "storageKeys"))
              .build());
    }
    return out;
  }

  private List<Authorization> authorizations(JsonNode tx, String path)
      throws MalformedBlockException {
    if (!JsonFields.present(tx, "authorizationList")) {
      return null;
    }
    JsonNode list = fields.array(tx, path, "authorizationList");
    List<Authorization> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String itemPath = JsonFields.join(path, "authorizationList[" + i + "]");
      JsonNode item = list.get(i);
      out.add(
          Authorization.newBuilder()
              .setChainId(fields.uint256(item, itemPath, "chainId"))
              .setAddress(fields.address(item, itemPath, "address"))
              .setNonce(fields.quantity(item, itemPath, "nonce"))
              .setYParity(fields.quantity(item, itemPath, "yParity"))
              .setR(fields.quantityText(item, itemPath, "r"))
              .setS(fields.quantityText(item, itemPath, "s"))
              .build());
    }
    return out;
  }
}
