package io.chainexplorer.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.embedded.JsonRpcClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The JSON-RPC calls the generator makes to a devnet node whose dev accounts are unlocked. */
public final class DevnetRpc {

  private static final long RECEIPT_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final JsonRpcClient client;
  private final URI url;

  public DevnetRpc(URI url) {
    this.url = url;
    this.client = new JsonRpcClient(url);
  }

  public URI url() {
    return url;
  }

  /**
   * The node's first {@code count} unlocked accounts.
   *
   * @throws IllegalStateException when the node has fewer
   */
  public List<String> accounts(int count) {
    List<String> accounts = new ArrayList<>();
    client.call("eth_accounts").forEach(account -> accounts.add(account.asText()));
    if (accounts.size() < count) {
      throw new IllegalStateException(
          "the node at "
              + url
              + " has "
              + accounts.size()
              + " unlocked accounts, "
              + count
              + " needed");
    }
    return List.copyOf(accounts.subList(0, count));
  }

  /** Sends {@code request} from its unlocked sender; returns the transaction hash. */
  public String send(TxRequest request) {
    return client.call("eth_sendTransaction", request.toJson()).asText();
  }

  public Optional<Receipt> receipt(String transactionHash) {
    JsonNode receipt = client.call("eth_getTransactionReceipt", transactionHash);
    return receipt.isNull() || receipt.isMissingNode()
        ? Optional.empty()
        : Optional.of(Receipts.parse(receipt));
  }

  /**
   * Waits until every transaction has a receipt, polling; a devnet mines within seconds.
   *
   * @throws IllegalStateException when one is still pending after {@code timeout}
   */
  public List<Receipt> awaitReceipts(List<String> transactionHashes, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Receipt> receipts = new ArrayList<>();
    for (String hash : transactionHashes) {
      Optional<Receipt> receipt = receipt(hash);
      while (receipt.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "transaction " + hash + " not mined by " + url + " within " + timeout);
        }
        LockSupport.parkNanos(RECEIPT_POLL_NANOS);
        receipt = receipt(hash);
      }
      receipts.add(receipt.get());
    }
    return receipts;
  }

  public long blockNumber() {
    return Long.decode(client.call("eth_blockNumber").asText());
  }

  /** Every receipt of block {@code number}, in transaction order. */
  public List<Receipt> blockReceipts(long number) {
    List<Receipt> receipts = new ArrayList<>();
    client
        .call("eth_getBlockReceipts", "0x" + Long.toHexString(number))
        .forEach(receipt -> receipts.add(Receipts.parse(receipt)));
    return receipts;
  }

  /** The result of an {@code eth_call} of {@code to} with {@code data} on the latest block. */
  public String call(String to, String data) {
    return client.call("eth_call", Map.of("to", to, "data", data), "latest").asText();
  }

  /** The code at {@code address} on the latest block, {@code 0x} when there is none. */
  public String code(String address) {
    return client.call("eth_getCode", address, "latest").asText();
  }

  /** Logs of {@code address} with {@code topic0} over the whole chain. */
  public List<Receipt.Log> logs(String address, String topic0) {
    Map<String, Object> filter =
        Map.of(
            "address", address, "topics", List.of(topic0), "fromBlock", "0x0", "toBlock", "latest");
    List<Receipt.Log> logs = new ArrayList<>();
    client.call("eth_getLogs", filter).forEach(log -> logs.add(Receipts.parseLog(log)));
    return logs;
  }
}
