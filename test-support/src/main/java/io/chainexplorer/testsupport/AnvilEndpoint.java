package io.chainexplorer.testsupport;

import java.net.URI;

/**
 * The shared anvil node as tests see it: chain id 31337, unlocked dev accounts, a block a second.
 *
 * @param rpcUrl HTTP JSON-RPC endpoint
 */
public record AnvilEndpoint(URI rpcUrl) {

  /** Anvil's chain id as JSON-RPC returns it. */
  public static final String CHAIN_ID = "0x7a69";

  @Override
  public String toString() {
    return "anvil at " + rpcUrl;
  }
}
