package io.chainexplorer.poller.verify;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.embedded.JsonRpcClient;
import io.chainexplorer.embedded.ProjectPaths;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Transactions of each kind anvil accepts, sent from its unlocked dev accounts. */
final class AnvilTraffic {

  /** Init code that emits one LOG0 of 32 zero bytes and deploys nothing. */
  static final String LOGGING_INIT_CODE = "0x60206000a000";

  private final URI url;
  private final JsonRpcClient rpc;
  private final String from;
  private final String to;

  AnvilTraffic(URI url) {
    this.url = url;
    this.rpc = new JsonRpcClient(url);
    JsonNode accounts = rpc.call("eth_accounts");
    this.from = accounts.get(1).asText();
    this.to = accounts.get(2).asText();
  }

  /** A legacy transaction (type 0, EIP-155 signed); its block number once mined. */
  long legacy() {
    return mined(Map.of("gasPrice", "0x77359400"));
  }

  /** An EIP-2930 transaction with an access list. */
  long accessList() {
    Map<String, Object> entry =
        Map.of("address", to, "storageKeys", List.of("0x" + "00".repeat(31) + "01"));
    return mined(Map.of("type", "0x1", "gasPrice", "0x77359400", "accessList", List.of(entry)));
  }

  /** An EIP-1559 dynamic-fee transaction. */
  long dynamicFee() {
    return mined(Map.of("maxFeePerGas", "0x77359400", "maxPriorityFeePerGas", "0x3b9aca00"));
  }

  /** A contract creation whose receipt carries one log. */
  long logging() {
    Map<String, Object> tx = new HashMap<>();
    tx.put("from", from);
    tx.put("data", LOGGING_INIT_CODE);
    return blockOf(rpc.call("eth_sendTransaction", tx).asText());
  }

  /** An EIP-7702 set-code transaction, signed by ethers (anvil does not sign authorizations). */
  long setCode() throws IOException, InterruptedException {
    Path script = ProjectPaths.root().resolve("block-poller/src/test/js/set-code.mjs");
    Process process =
        new ProcessBuilder("node", script.toString(), url.toString())
            .directory(ProjectPaths.root().toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("set-code.mjs did not finish in 60 s");
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IllegalStateException("set-code.mjs failed: " + out);
    }
    return new ObjectMapper().readTree(out).get("block").asLong();
  }

  private long mined(Map<String, Object> fields) {
    Map<String, Object> tx = new HashMap<>(fields);
    tx.put("from", from);
    tx.put("to", to);
    tx.put("value", "0x2a");
    return blockOf(rpc.call("eth_sendTransaction", tx).asText());
  }

  private long blockOf(String hash) {
    JsonNode[] receipt = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              receipt[0] = rpc.call("eth_getTransactionReceipt", hash);
              return receipt[0] != null && !receipt[0].isNull();
            });
    return Long.decode(receipt[0].get("blockNumber").asText());
  }
}
