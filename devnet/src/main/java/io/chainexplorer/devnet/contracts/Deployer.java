package io.chainexplorer.devnet.contracts;

import io.chainexplorer.devnet.abi.ContractCalls;
import io.chainexplorer.devnet.abi.TokenCalls;
import io.chainexplorer.devnet.rpc.DevnetRpc;
import io.chainexplorer.devnet.rpc.Receipt;
import io.chainexplorer.devnet.rpc.TxRequest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the devnet's contracts from the first dev account, gives every account security tokens
 * and upgrades the proxy once; every step must succeed or deployment fails.
 */
public final class Deployer {

  /** Partitions of the security token besides its default one. */
  public static final List<String> PARTITIONS = List.of("CLASS-A", "CLASS-B");

  /** Kinds of ERC-1155 items (ids 1 to this), all held by the owner at first. */
  public static final int MULTI_TOKEN_KINDS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(Deployer.class);
  private static final BigInteger ONE_TOKEN = BigInteger.TEN.pow(18);
  private static final BigInteger OWNER_SUPPLY = ONE_TOKEN.multiply(BigInteger.TEN.pow(12));
  private static final BigInteger HOLDER_SUPPLY = ONE_TOKEN.multiply(BigInteger.TEN.pow(6));
  private static final byte[] SETUP_DATA = "devnet setup".getBytes(StandardCharsets.UTF_8);

  private final DevnetRpc rpc;
  private final Duration timeout;

  public Deployer(DevnetRpc rpc, Duration timeout) {
    this.rpc = rpc;
    this.timeout = timeout;
  }

  /** Deploys everything from {@code accounts.get(0)}; returns where it went. */
  public Deployment deploy(List<String> accounts) {
    String owner = accounts.get(0);
    List<Receipt> created =
        sendAll(
            "contracts",
            create(owner, ContractCalls.tokenCreation(code("DevToken"), OWNER_SUPPLY)),
            create(owner, code("DevCollectible")),
            create(
                owner,
                ContractCalls.multiTokenCreation(
                    code("DevMultiToken"), MULTI_TOKEN_KINDS, OWNER_SUPPLY)),
            create(
                owner,
                ContractCalls.securityTokenCreation(
                    code("SecurityToken"), "Devnet Security", "DSEC")),
            create(owner, code("ChildFactory")),
            create(owner, code("Flaky")),
            create(owner, code("DevCounterV1")),
            create(owner, code("DevCounterV2")));
    List<String> at =
        created.stream().map(receipt -> receipt.contractAddress().orElseThrow()).toList();
    String securityToken = at.get(3);
    String proxy = deployProxy(owner, at.get(6), securityToken, accounts);
    sendAll(
        "proxy upgrade",
        TxRequest.call(owner, proxy, ContractCalls.upgradeToAndCall(at.get(7)), 0));
    Deployment deployment =
        new Deployment(
            owner,
            accounts,
            at.get(0),
            at.get(1),
            at.get(2),
            securityToken,
            at.get(4),
            at.get(5),
            at.get(6),
            at.get(7),
            proxy,
            code("Child"));
    LOG.info("devnet contracts deployed by {}: {}", owner, deployment);
    return deployment;
  }

  /** Deploys the proxy while the security token's first holdings are issued, in one round. */
  private String deployProxy(
      String owner, String counterV1, String securityToken, List<String> accounts) {
    List<TxRequest> requests = new ArrayList<>();
    requests.add(
        create(
            owner,
            ContractCalls.proxyCreation(
                code("DevProxy"), counterV1, ContractCalls.counterInitialize(owner))));
    for (String partition : PARTITIONS) {
      requests.add(
          TxRequest.call(
              owner,
              securityToken,
              TokenCalls.issueByPartition(partition, owner, OWNER_SUPPLY, SETUP_DATA),
              0));
    }
    for (String holder : accounts) {
      BigInteger amount = holder.equals(owner) ? OWNER_SUPPLY : HOLDER_SUPPLY;
      requests.add(
          TxRequest.call(owner, securityToken, TokenCalls.issue(holder, amount, SETUP_DATA), 0));
    }
    List<Receipt> receipts =
        sendAll("proxy and security token holdings", requests.toArray(TxRequest[]::new));
    return receipts.get(0).contractAddress().orElseThrow();
  }

  private List<Receipt> sendAll(String what, TxRequest... requests) {
    List<String> hashes = new ArrayList<>();
    for (TxRequest request : requests) {
      hashes.add(rpc.send(request));
    }
    List<Receipt> receipts = rpc.awaitReceipts(hashes, timeout);
    for (Receipt receipt : receipts) {
      if (!receipt.succeeded()) {
        throw new IllegalStateException(
            "deploying the devnet's "
                + what
                + " failed: transaction "
                + receipt.transactionHash()
                + " reverted on "
                + rpc.url());
      }
    }
    return receipts;
  }

  private static TxRequest create(String owner, String initCode) {
    return TxRequest.create(owner, initCode, 0);
  }

  private static String code(String contract) {
    return ContractArtifact.load(contract).bytecode();
  }
}
