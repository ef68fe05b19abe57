package io.chainexplorer.devnet;

import static io.chainexplorer.devnet.abi.Abi.addressFromWord;
import static io.chainexplorer.devnet.abi.Abi.addressTopic;
import static io.chainexplorer.devnet.abi.Abi.topic0;
import static io.chainexplorer.devnet.abi.Abi.uint256Word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.chainexplorer.devnet.abi.ContractCalls;
import io.chainexplorer.devnet.contracts.Deployment;
import io.chainexplorer.devnet.rpc.DevnetRpc;
import io.chainexplorer.devnet.rpc.Receipt;
import io.chainexplorer.testsupport.AnvilEndpoint;
import io.chainexplorer.testsupport.AnvilExtension;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generator on anvil: every kind gets mined and the chain shows what each kind promises. */
@ExtendWith(AnvilExtension.class)
class TrafficGeneratorIT {

  private static final String TRANSFER = "Transfer(address,address,uint256)";

  private static TrafficGenerator generator;
  private static DevnetRpc rpc;
  private static Deployment deployment;

  @BeforeAll
  static void startAndAwaitEveryKindMined(AnvilEndpoint anvil) {
    generator = TrafficGenerator.start(anvil.rpcUrl(), TrafficSettings.defaults().withRate(20));
    rpc = new DevnetRpc(anvil.rpcUrl());
    deployment = generator.deployment();
    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () ->
                assertThat(generator.stats().minedKinds())
                    .containsExactlyInAnyOrder(TrafficKind.values()));
  }

  @AfterAll
  static void stop() {
    if (generator != null) {
      generator.close();
    }
  }

  @Test
  void shouldMineRevertedReceiptsForFailedCallsOnly() {
    TrafficStats stats = generator.stats();

    assertThat(lastReceipt(TrafficKind.FAILED_CALL).succeeded()).isFalse();
    assertThat(stats.reverted(TrafficKind.FAILED_CALL)).isPositive();
    Arrays.stream(TrafficKind.values())
        .filter(kind -> kind != TrafficKind.FAILED_CALL)
        .forEach(kind -> assertThat(stats.reverted(kind)).as(kind.configName()).isZero());
    assertThat(stats.refused()).isZero();
  }

  @Test
  void shouldUpgradeTheProxyOnceAndServeCallsFromTheNewImplementation() {
    List<Receipt.Log> upgrades = rpc.logs(deployment.proxy(), topic0("Upgraded(address)"));
    assertThat(upgrades)
        .extracting(log -> log.topics().get(1))
        .containsExactly(
            addressTopic(deployment.counterV1()), addressTopic(deployment.counterV2()));
    assertThat(uint256Word(rpc.call(deployment.proxy(), ContractCalls.version()), 0))
        .isEqualTo(BigInteger.TWO);

    Receipt call = lastReceipt(TrafficKind.PROXY_CALL);
    assertThat(call.succeeded()).isTrue();
    Receipt.Log counted =
        call.firstLog(deployment.proxy(), topic0("Counted(address,uint256,uint256)")).orElseThrow();
    assertThat(uint256Word(counted.data(), 1)).as("implementation version").isEqualTo(2);
  }

  @Test
  void shouldEmitErc20AndErc721TransfersFromTheOwner() {
    Receipt.Log erc20 =
        lastReceipt(TrafficKind.ERC20_TRANSFER)
            .firstLog(deployment.token(), topic0(TRANSFER))
            .orElseThrow();
    Receipt.Log erc721 =
        lastReceipt(TrafficKind.ERC721_TRANSFER)
            .firstLog(deployment.collectible(), topic0(TRANSFER))
            .orElseThrow();
    Receipt.Log minted =
        lastReceipt(TrafficKind.ERC721_MINT)
            .firstLog(deployment.collectible(), topic0(TRANSFER))
            .orElseThrow();

    assertThat(erc20.topics()).hasSize(3).element(1).isEqualTo(addressTopic(deployment.owner()));
    assertThat(erc721.topics()).hasSize(4).element(1).isEqualTo(addressTopic(deployment.owner()));
    assertThat(minted.topics()).hasSize(4).element(1).isEqualTo(addressTopic("0x0"));
  }

  @Test
  void shouldEmitErc1155SingleAndBatchTransfers() {
    assertThat(
            lastReceipt(TrafficKind.ERC1155_TRANSFER_SINGLE)
                .firstLog(
                    deployment.multiToken(),
                    topic0("TransferSingle(address,address,address,uint256,uint256)")))
        .isPresent();
    assertThat(
            lastReceipt(TrafficKind.ERC1155_TRANSFER_BATCH)
                .firstLog(
                    deployment.multiToken(),
                    topic0("TransferBatch(address,address,address,uint256[],uint256[])")))
        .isPresent();
  }

  /** Signatures and indexed counts as the ERC-1400 family's standards define them. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "SECURITY_ISSUE_BY_PARTITION;IssuedByPartition(bytes32,address,address,uint256,bytes,bytes);4",
        "SECURITY_ISSUE;Issued(address,address,uint256,bytes);3",
        "SECURITY_TRANSFER_BY_PARTITION;"
            + "TransferByPartition(bytes32,address,address,address,uint256,bytes,bytes);4",
        "SECURITY_REDEEM_BY_PARTITION;RedeemedByPartition(bytes32,address,address,uint256,bytes);4",
        "SECURITY_REDEEM;Redeemed(address,address,uint256,bytes);3",
        "SECURITY_CONTROLLER_TRANSFER;"
            + "ControllerTransfer(address,address,address,uint256,bytes,bytes);3",
        "SECURITY_CONTROLLER_REDEEM;ControllerRedemption(address,address,uint256,bytes,bytes);2",
        "SECURITY_DOCUMENT;DocumentUpdated(bytes32,string,bytes32);2"
      })
  void shouldEmitTheSecurityTokenStandardsEvents(TrafficKind kind, String event, int topics) {
    Receipt receipt = lastReceipt(kind);

    assertThat(receipt.succeeded()).isTrue();
    assertThat(receipt.firstLog(deployment.securityToken(), topic0(event)))
        .hasValueSatisfying(log -> assertThat(log.topics()).hasSize(topics));
  }

  @Test
  void shouldCreateContractsDirectly() {
    Receipt created = lastReceipt(TrafficKind.CONTRACT_CREATION);

    assertThat(created.succeeded()).isTrue();
    assertThat(created.contractAddress()).isPresent();
    assertThat(rpc.code(created.contractAddress().get())).isNotEqualTo("0x");
  }

  @Test
  void shouldCreateContractsThroughTheFactoryWithCreateAndCreate2() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> generator.stats().mined(TrafficKind.FACTORY_CREATION) >= 2);
    String childCreated = topic0("ChildCreated(address,uint256,bool)");
    List<Receipt.Log> logs = rpc.logs(deployment.factory(), childCreated);

    assertThat(logs)
        .extracting(log -> uint256Word(log.data(), 1))
        .contains(BigInteger.ZERO, BigInteger.ONE);
    for (Receipt.Log log : logs) {
      String child = addressFromWord(log.topics().get(1));
      assertThat(rpc.code(child)).as("code at %s", child).isNotEqualTo("0x");
      assertThat(addressFromWord(rpc.call(child, ContractCalls.childCreator())))
          .isEqualTo(deployment.factory());
    }
  }

  private static Receipt lastReceipt(TrafficKind kind) {
    String hash = generator.stats().lastMined(kind).orElseThrow();
    return rpc.receipt(hash).orElseThrow();
  }
}
