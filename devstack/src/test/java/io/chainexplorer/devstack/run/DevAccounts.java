package io.chainexplorer.devstack.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.embedded.JsonRpcClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Value transfers between anvil's unlocked dev accounts, and what the node says it mined. */
final class DevAccounts {

  private final JsonRpcClient rpc;
  private final List<String> accounts = new ArrayList<>();

  DevAccounts(JsonRpcClient rpc) {
    this.rpc = rpc;
    rpc.call("eth_accounts").forEach(account -> accounts.add(account.asText()));
  }

  /** Sends {@code count} transfers (pending until mined) and returns their hashes. */
  List<String> sendTransfers(int count) {
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, String> tx =
          Map.of(
              "from", accounts.get(i % 3),
              "to", accounts.get(3 + i % 3),
              "value", "0x" + Long.toHexString(1_000_000_000L + i));
      hashes.add(rpc.call("eth_sendTransaction", tx).asText());
    }
    return hashes;
  }

  /** Mines {@code blocks} blocks at once. */
  void mine(int blocks) {
    rpc.call("anvil_mine", "0x" + Integer.toHexString(blocks));
  }

  /** The hashes of the transactions of block {@code number}, as the node has them. */
  List<String> transactionsOf(long number) {
    JsonNode block = rpc.call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false);
    List<String> hashes = new ArrayList<>();
    block.path("transactions").forEach(tx -> hashes.add(tx.asText()));
    return hashes;
  }

  String hashOf(long number) {
    return rpc.call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false)
        .path("hash")
        .asText();
  }
}
