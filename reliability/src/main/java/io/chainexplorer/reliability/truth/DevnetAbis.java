package io.chainexplorer.reliability.truth;

import io.chainexplorer.devnet.contracts.ContractArtifact;
import java.util.List;
import java.util.Map;

/**
 * What the contract-decoder knows of the devnet's traffic, from the ABIs the devnet's build
 * compiled: without user ABIs, the members of the contracts built on standards (ERC-20, ERC-721,
 * ERC-1155, ERC-1400) and OpenZeppelin's upgrade members, at any address; with the devnet's {@code
 * abi.dir}, also every member of each deployed contract at its address.
 */
public final class DevnetAbis {

  /** The devnet contracts whose every member is a standard's: the decoder knows them built in. */
  static final List<String> STANDARD_CONTRACTS =
      List.of("DevToken", "DevCollectible", "DevMultiToken", "SecurityToken");

  /** The proxy's upgrade members, from OpenZeppelin's ABIs (the decoder's selector database). */
  static final String UPGRADE_ABI =
      """
      [{"type":"event","name":"Upgraded","inputs":[{"type":"address","indexed":true}]},
       {"type":"event","name":"Initialized","inputs":[{"type":"uint64","indexed":false}]},
       {"type":"function","name":"upgradeToAndCall",
        "inputs":[{"type":"address"},{"type":"bytes"}]}]
      """;

  private DevnetAbis() {}

  /** A decoder with no user ABI, as the embedded pipeline starts it. */
  public static DecoderKnowledge builtIn() {
    DecoderKnowledge knowledge = new DecoderKnowledge().everywhere(UPGRADE_ABI);
    STANDARD_CONTRACTS.forEach(c -> knowledge.everywhere(ContractArtifact.load(c).abiJson()));
    return knowledge;
  }

  /**
   * A decoder given the devnet's ABIs as user ABIs.
   *
   * @param contractsByAddress the compiled contract of each deployed address ({@code
   *     AbiDirectory.contractsByAddress})
   */
  public static DecoderKnowledge withUserAbis(Map<String, String> contractsByAddress) {
    DecoderKnowledge knowledge = builtIn();
    contractsByAddress.forEach(
        (address, contract) ->
            knowledge.userAbi(address, ContractArtifact.load(contract).abiJson()));
    return knowledge;
  }
}
