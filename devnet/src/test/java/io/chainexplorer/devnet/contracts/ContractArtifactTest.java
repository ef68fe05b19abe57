package io.chainexplorer.devnet.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The build compiled every contract the deployer needs into the class path. */
class ContractArtifactTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DevToken",
        "DevCollectible",
        "DevMultiToken",
        "SecurityToken",
        "ChildFactory",
        "Child",
        "Flaky",
        "DevCounterV1",
        "DevCounterV2",
        "DevProxy"
      })
  void shouldFindBytecodeAndAbiOfEveryDeployedContract(String name) {
    ContractArtifact artifact = ContractArtifact.load(name);

    assertThat(artifact.bytecode()).matches("0x60[0-9a-f]{200,}");
    assertThat(artifact.abiJson()).startsWith("[");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"name\":\"transferByPartition\"",
        "\"name\":\"issueByPartition\"",
        "\"name\":\"redeemByPartition\"",
        "\"name\":\"controllerTransfer\"",
        "\"name\":\"controllerRedeem\"",
        "\"name\":\"setDocument\"",
        "\"name\":\"ControllerRedemption\""
      })
  void shouldCompileTheSecurityTokenWithTheErc1400FamilysMembers(String member) {
    assertThat(ContractArtifact.load("SecurityToken").abiJson()).contains(member);
  }

  @Test
  void shouldSayTheBuildCompilesTheContractsWhenOneIsMissing() {
    assertThatThrownBy(() -> ContractArtifact.load("NoSuchContract"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contracts/NoSuchContract.json")
        .hasMessageContaining("solc");
  }
}
