package io.chainexplorer.bench.e2e;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.chainexplorer.devnet.TrafficGenerator;
import io.chainexplorer.devnet.TrafficSettings;
import io.chainexplorer.embedded.JsonRpcClient;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The devnet node's block time and the traffic this harness adds on top of the pipeline's own
 * generator (4 transactions/s): one more generator, replaced whenever its rate changes.
 *
 * <p>Both generators send nearly everything from their first account (the owner of their
 * contracts), and two senders sharing an account race for its nonces: so the added generator sees,
 * through a proxy that answers {@code eth_accounts}, the node's dev accounts in reverse order,
 * which makes the last one its owner. (Impersonated senders would not do: their transactions carry
 * no real signature, and the poller rightly refuses blocks whose transaction hashes do not verify.)
 */
final class NodeTraffic implements AutoCloseable {

  private static final int DEPLOY_ATTEMPTS = 3;

  private final JsonRpcClient rpc;
  private final JsonRpcStub ownAccounts;
  private TrafficGenerator extra;
  private long seed = 100;

  NodeTraffic(URI rpcUrl) {
    this.rpc = new JsonRpcClient(rpcUrl);
    List<String> devAccounts = new ArrayList<>();
    rpc.call("eth_accounts").forEach(account -> devAccounts.add(account.asText()));
    Collections.reverse(devAccounts);
    ArrayNode accounts = JsonNodeFactory.instance.arrayNode();
    devAccounts.forEach(accounts::add);
    this.ownAccounts =
        JsonRpcStub.proxying(rpcUrl)
            .record("eth_accounts", JsonNodeFactory.instance.arrayNode(), accounts);
  }

  /** Interval mining: a block every {@code seconds}. */
  void blockTime(int seconds) {
    rpc.call("evm_setIntervalMining", seconds);
  }

  /** Adds {@code perSecond} transactions/s (after deploying its own contracts); 0 adds none. */
  void extraRate(double perSecond) {
    stopExtra();
    if (perSecond <= 0) {
      return;
    }
    for (int attempt = 1; extra == null; attempt++) {
      try {
        extra =
            TrafficGenerator.start(
                ownAccounts.url("e2e"),
                TrafficSettings.defaults().withRate(perSecond).withSeed(seed++));
      } catch (IllegalStateException e) {
        // a deployment step may still lose a nonce race with the pipeline's own generator
        if (attempt == DEPLOY_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  long head() {
    return Long.decode(rpc.call("eth_blockNumber").asText());
  }

  /** Transactions in the blocks after {@code from} up to {@code to}. */
  long transactions(long from, long to) {
    long count = 0;
    for (long n = from + 1; n <= to; n++) {
      count +=
          Long.decode(
              rpc.call("eth_getBlockTransactionCountByNumber", "0x" + Long.toHexString(n))
                  .asText());
    }
    return count;
  }

  private void stopExtra() {
    if (extra != null) {
      extra.close();
      extra = null;
    }
  }

  @Override
  public void close() {
    stopExtra();
    ownAccounts.close();
  }
}
