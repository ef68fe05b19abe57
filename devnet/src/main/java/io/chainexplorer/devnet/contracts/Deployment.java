package io.chainexplorer.devnet.contracts;

import java.util.List;

/**
 * Where the devnet's contracts live once deployed; all addresses are lower-case 0x hex.
 *
 * @param owner the dev account that deployed everything: token holder, issuer and controller
 * @param accounts the dev accounts taking part in the traffic, {@code owner} first
 * @param proxy the EIP-1967 proxy, upgraded from {@code counterV1} to {@code counterV2}
 * @param childBytecode creation code of the contract the factory creates, for direct creations
 */
public record Deployment(
    String owner,
    List<String> accounts,
    String token,
    String collectible,
    String multiToken,
    String securityToken,
    String factory,
    String flaky,
    String counterV1,
    String counterV2,
    String proxy,
    String childBytecode) {

  public Deployment {
    accounts = List.copyOf(accounts);
  }
}
