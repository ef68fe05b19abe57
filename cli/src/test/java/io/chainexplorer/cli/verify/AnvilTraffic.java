package io.chainexplorer.cli.verify;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.embedded.JsonRpcClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Sends transactions to an anvil dev chain from its unlocked accounts and waits for their blocks.
 */
final class AnvilTraffic {

  /**
   * Creation code of a minimal token-like contract: any call emits an ERC-20 {@code
   * Transfer(caller, 0x…01, 42)} event (init code copies the 47-byte runtime and returns it).
   */
  static final String TRANSFER_EMITTER =
      "0x602f80600b6000396000f3"
          + "602a600052600133"
          + "7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"
          + "60206000a300";

  private final JsonRpcClient rpc;
  private final String alice;
  private final String bob;

  AnvilTraffic(URI rpcUrl) {
    this.rpc = new JsonRpcClient(rpcUrl);
    JsonNode accounts = rpc.call("eth_accounts");
    this.alice = accounts.get(0).asText();
    this.bob = accounts.get(1).asText();
  }

  /** Deploys the emitter; returns its receipt. */
  JsonNode deployEmitter() {
    return mined(send(Map.of("from", alice, "data", TRANSFER_EMITTER, "gas", "0x30000")));
  }

  /** Calls the emitter at {@code contract}: one ERC-20 transfer event; returns the receipt. */
  JsonNode callEmitter(String contract) {
    return mined(send(Map.of("from", bob, "to", contract, "gas", "0x20000")));
  }

  /** A plain ether transfer; returns its receipt. */
  JsonNode transfer() {
    return mined(send(Map.of("from", alice, "to", bob, "value", "0x2386f26fc10000")));
  }

  long headNumber() {
    return Long.decode(rpc.call("eth_blockNumber").asText());
  }

  /** Mines {@code blocks} empty blocks at once. */
  void mine(int blocks) {
    rpc.call("anvil_mine", "0x" + Integer.toHexString(blocks));
  }

  private String send(Map<String, String> tx) {
    return rpc.call("eth_sendTransaction", tx).asText();
  }

  private JsonNode mined(String hash) {
    JsonNode[] receipt = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              receipt[0] = rpc.call("eth_getTransactionReceipt", hash);
              return !receipt[0].isNull() && !receipt[0].isMissingNode();
            });
    return receipt[0];
  }
}
