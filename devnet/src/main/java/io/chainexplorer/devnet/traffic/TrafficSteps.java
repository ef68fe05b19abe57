package io.chainexplorer.devnet.traffic;

import io.chainexplorer.devnet.TrafficKind;
import io.chainexplorer.devnet.abi.ContractCalls;
import io.chainexplorer.devnet.abi.TokenCalls;
import io.chainexplorer.devnet.contracts.Deployer;
import io.chainexplorer.devnet.contracts.Deployment;
import io.chainexplorer.devnet.rpc.TxRequest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Builds the next transaction of each kind. Every call that moves tokens is sent by the owner, so
 * the node's per-sender nonce order guarantees it never spends what an unmined transaction gives:
 * only {@link TrafficKind#FAILED_CALL} reverts.
 */
public final class TrafficSteps {

  private static final long TRANSFER_GAS = 21_000;
  private static final long CALL_GAS = 400_000;
  private static final long CREATE_GAS = 1_000_000;
  private static final long FAILING_GAS = 100_000;
  private static final int DOCUMENT_NAMES = 8;

  private final Deployment deployment;
  private final String owner;
  private final Random random;
  private final Map<TrafficKind, Supplier<TxRequest>> steps = new EnumMap<>(TrafficKind.class);
  private final Deque<Long> mintedByOwner = new ArrayDeque<>();
  private long lastMintedId;
  private long sequence;
  private long failedCalls;
  private long factoryCalls;

  public TrafficSteps(Deployment deployment, long seed) {
    this.deployment = deployment;
    this.owner = deployment.owner();
    this.random = new Random(seed);
    steps.put(TrafficKind.NATIVE_TRANSFER, this::nativeTransfer);
    steps.put(TrafficKind.ERC20_TRANSFER, this::erc20Transfer);
    steps.put(TrafficKind.ERC721_MINT, this::erc721Mint);
    steps.put(TrafficKind.ERC721_TRANSFER, this::erc721Transfer);
    steps.put(TrafficKind.ERC1155_TRANSFER_SINGLE, this::erc1155Single);
    steps.put(TrafficKind.ERC1155_TRANSFER_BATCH, this::erc1155Batch);
    SecuritySteps security = new SecuritySteps();
    steps.put(TrafficKind.SECURITY_ISSUE_BY_PARTITION, security::issueByPartition);
    steps.put(TrafficKind.SECURITY_ISSUE, security::issue);
    steps.put(TrafficKind.SECURITY_TRANSFER_BY_PARTITION, security::transferByPartition);
    steps.put(TrafficKind.SECURITY_REDEEM_BY_PARTITION, security::redeemByPartition);
    steps.put(TrafficKind.SECURITY_REDEEM, security::redeem);
    steps.put(TrafficKind.SECURITY_CONTROLLER_TRANSFER, security::controllerTransfer);
    steps.put(TrafficKind.SECURITY_CONTROLLER_REDEEM, security::controllerRedeem);
    steps.put(TrafficKind.SECURITY_DOCUMENT, security::setDocument);
    steps.put(TrafficKind.PROXY_CALL, this::proxyCall);
    steps.put(TrafficKind.FAILED_CALL, this::failedCall);
    steps.put(TrafficKind.CONTRACT_CREATION, this::contractCreation);
    steps.put(TrafficKind.FACTORY_CREATION, this::factoryCreation);
  }

  /** A transaction and the kind it counts as. */
  public record Step(TrafficKind kind, TxRequest request) {}

  /**
   * The next transaction of {@code kind}, or of {@link TrafficKind#ERC721_MINT} when an ERC-721
   * transfer finds no item left to give away.
   */
  public Step next(TrafficKind kind) {
    sequence++;
    if (kind == TrafficKind.ERC721_TRANSFER && mintedByOwner.isEmpty()) {
      return new Step(TrafficKind.ERC721_MINT, erc721Mint());
    }
    return new Step(kind, steps.get(kind).get());
  }

  private TxRequest nativeTransfer() {
    String from = anyAccount();
    BigInteger wei =
        BigInteger.valueOf(1 + random.nextInt(1_000_000)).multiply(BigInteger.TEN.pow(9));
    return new TxRequest(from, otherThan(from), "0x", wei, TRANSFER_GAS);
  }

  private TxRequest erc20Transfer() {
    return ownerCall(deployment.token(), TokenCalls.erc20Transfer(otherThan(owner), amount()));
  }

  private TxRequest erc721Mint() {
    mintedByOwner.addLast(++lastMintedId);
    return ownerCall(deployment.collectible(), TokenCalls.erc721Mint(owner));
  }

  /** Transfers the oldest item the owner minted and still holds. */
  private TxRequest erc721Transfer() {
    long tokenId = mintedByOwner.removeFirst();
    return ownerCall(
        deployment.collectible(),
        TokenCalls.erc721SafeTransferFrom(owner, otherThan(owner), tokenId));
  }

  private TxRequest erc1155Single() {
    return ownerCall(
        deployment.multiToken(),
        TokenCalls.erc1155SafeTransferFrom(owner, otherThan(owner), itemId(), amount()));
  }

  private TxRequest erc1155Batch() {
    long first = itemId();
    long second = first % Deployer.MULTI_TOKEN_KINDS + 1;
    return ownerCall(
        deployment.multiToken(),
        TokenCalls.erc1155SafeBatchTransferFrom(
            owner, otherThan(owner), List.of(first, second), List.of(amount(), amount())));
  }

  private TxRequest proxyCall() {
    return TxRequest.call(
        anyAccount(),
        deployment.proxy(),
        ContractCalls.counterIncrementBy(1 + random.nextInt(10)),
        CALL_GAS);
  }

  /**
   * Alternates a reason-string revert and a custom-error revert; the explicit gas skips estimation.
   */
  private TxRequest failedCall() {
    int mode = 1 + (int) (failedCalls++ % 2);
    return TxRequest.call(
        anyAccount(), deployment.flaky(), ContractCalls.flakyAttempt(mode), FAILING_GAS);
  }

  private TxRequest contractCreation() {
    return TxRequest.create(
        anyAccount(),
        ContractCalls.childCreation(deployment.childBytecode(), sequence),
        CREATE_GAS);
  }

  /** Alternates CREATE and CREATE2 (with a salt never used before) through the factory. */
  private TxRequest factoryCreation() {
    String call =
        factoryCalls++ % 2 == 0
            ? ContractCalls.factoryCreate(sequence)
            : ContractCalls.factoryCreateDeterministic(sequence, salt());
    return TxRequest.call(anyAccount(), deployment.factory(), call, CREATE_GAS);
  }

  private byte[] salt() {
    byte[] salt = new byte[32];
    random.nextBytes(salt);
    return salt;
  }

  private TxRequest ownerCall(String contract, String data) {
    return TxRequest.call(owner, contract, data, CALL_GAS);
  }

  private String anyAccount() {
    List<String> accounts = deployment.accounts();
    return accounts.get(random.nextInt(accounts.size()));
  }

  private String otherThan(String account) {
    List<String> accounts = deployment.accounts();
    int index = accounts.indexOf(account);
    int offset = 1 + random.nextInt(accounts.size() - 1);
    return accounts.get((index + offset) % accounts.size());
  }

  private long itemId() {
    return 1 + random.nextInt(Deployer.MULTI_TOKEN_KINDS);
  }

  /** Up to a thousandth of a token: no balance the setup gave runs out in years of traffic. */
  private BigInteger amount() {
    return BigInteger.valueOf(1 + random.nextInt(1_000_000)).multiply(BigInteger.TEN.pow(9));
  }

  private byte[] data(String what) {
    return (what + " #" + sequence).getBytes(StandardCharsets.UTF_8);
  }

  /** The ERC-1400 family's calls; the owner is issuer, controller and the largest holder. */
  private final class SecuritySteps {

    TxRequest issueByPartition() {
      return security(
          TokenCalls.issueByPartition(partition(), otherThan(owner), amount(), data("issue")));
    }

    TxRequest issue() {
      return security(TokenCalls.issue(otherThan(owner), amount(), data("issue")));
    }

    TxRequest transferByPartition() {
      return security(
          TokenCalls.transferByPartition(
              partition(), otherThan(owner), amount(), data("transfer")));
    }

    TxRequest redeemByPartition() {
      return security(TokenCalls.redeemByPartition(partition(), amount(), data("redeem")));
    }

    TxRequest redeem() {
      return security(TokenCalls.redeem(amount(), data("redeem")));
    }

    /** Moves tokens between two holders other than the owner, as a regulator's order would. */
    TxRequest controllerTransfer() {
      String from = otherThan(owner);
      return security(
          TokenCalls.controllerTransfer(
              from, otherThan(from), amount(), data("court order"), data("controller")));
    }

    TxRequest controllerRedeem() {
      return security(
          TokenCalls.controllerRedeem(
              otherThan(owner), amount(), data("forced redemption"), data("controller")));
    }

    TxRequest setDocument() {
      long index = sequence % DOCUMENT_NAMES;
      byte[] hash = new byte[32];
      random.nextBytes(hash);
      return security(
          TokenCalls.setDocument(
              "doc-" + index, "https://devnet.invalid/documents/" + index + "/v" + sequence, hash));
    }

    private TxRequest security(String data) {
      return ownerCall(deployment.securityToken(), data);
    }

    private String partition() {
      return Deployer.PARTITIONS.get(random.nextInt(Deployer.PARTITIONS.size()));
    }
  }
}
