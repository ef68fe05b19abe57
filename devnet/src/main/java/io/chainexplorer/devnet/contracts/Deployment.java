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

  /** The addresses, and the child's creation code by its length only: a log line, not a dump. */
  @Override
  public String toString() {
    return "Deployment[owner=%s, token=%s, collectible=%s, multiToken=%s, securityToken=%s, factory=%s, flaky=%s, counterV1=%s, counterV2=%s, proxy=%s, %d accounts, childBytecode=%d hex chars]"
        .formatted(
            owner,
            token,
            collectible,
            multiToken,
            securityToken,
            factory,
            flaky,
            counterV1,
            counterV2,
            proxy,
            accounts.size(),
            childBytecode.length());
  }
}
